// Step-by-step guides (SOPs) per task type. A guide's HTML is shown in a sandboxed frame: no scripts run
// and it cannot reach the dashboard's session.

import { api } from "../api";
import { h } from "../dom";
import { href, type Page } from "../router";
import type { Guide } from "../types";
import { empty, fill } from "../ui/feedback";

export const guidesPage: Page = {
  path: "guides",
  title: "Guides",
  role: "viewer",
  nav: true,
  render(main) {
    const body = h("div");
    main.append(h("h1", null, "Guides"), h("p", { class: "muted" }, "One step-by-step guide per task type: the main variant, exceptions, applications, fields and time per step."), body);
    void fill(body, "the guides", async () => {
      const guides = await api.get<Guide[]>("/guides");
      if (guides.length === 0) return empty("No guides yet: the workspace has not been mined.");
      return h("ul", { class: "link-list" }, guides.map((g) => h("li", null, h("a", { href: href("guide", g.id) }, g.name))));
    });
  },
};

export const guidePage: Page = {
  path: "guide",
  title: "Guide",
  role: "viewer",
  nav: false,
  render(main, args) {
    const id = args[0] ?? "";
    const body = h("div", { class: "guide" });
    main.append(h("p", null, h("a", { href: href("guides") }, "← All guides")), body);
    void fill(body, "the guide", async () => {
      const html = await api.get<string>(`/guides/${encodeURIComponent(id)}`);
      const frame = h("iframe", { title: `Guide ${id}`, sandbox: "", class: "guide-frame" });
      frame.srcdoc = html;
      return frame;
    });
  },
};
