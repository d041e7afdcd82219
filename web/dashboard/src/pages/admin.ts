// Administration: person-level sessions and the audit log (both audited views), retention and erasure.

import { api } from "../api";
import { field, h } from "../dom";
import type { Page } from "../router";
import { invalidate } from "../state";
import type { Json } from "../types";
import { fill, toast } from "../ui/feedback";
import { jsonView } from "../ui/jsonview";

export const adminPage: Page = {
  path: "admin",
  title: "Administration",
  role: "admin",
  nav: true,
  render(main) {
    const sessions = h("div");
    const audit = h("div");
    const days = h("input", { type: "number", min: 1, name: "days", required: true, value: 365 });
    const person = h("input", { name: "person", required: true, placeholder: "pseudonym" });
    const retention = h(
      "form",
      {
        class: "inline-form",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          if (!confirm(`Remove every event older than ${days.value} days? This cannot be undone.`)) return;
          try {
            const answer = await api.post<Json>("/admin/retention", { days: Number(days.value) });
            invalidate();
            toast(`Retention applied: ${JSON.stringify(answer)}`);
            void fill(audit, "the audit log", async () => jsonView("Audit log", await api.get<Json>("/audit")));
          } catch (err) {
            toast(err instanceof Error ? err.message : String(err), "error");
          }
        },
      },
      field("Keep events of the last (days)", days),
      h("button", { type: "submit", class: "danger" }, "Apply retention"),
    );
    const erase = h(
      "form",
      {
        class: "inline-form",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          if (!confirm(`Erase all data of ${person.value}? This cannot be undone.`)) return;
          try {
            const answer = await api.post<Json>("/admin/erase", { person: person.value.trim() });
            invalidate();
            toast(`Erased: ${JSON.stringify(answer)}`);
          } catch (err) {
            toast(err instanceof Error ? err.message : String(err), "error");
          }
        },
      },
      field("Erase the data of pseudonym", person),
      h("button", { type: "submit", class: "danger" }, "Erase"),
    );
    main.append(
      h("h1", null, "Administration"),
      h("p", { class: "notice" }, "Person-level views are written to the audit log with your name."),
      h("section", { class: "card" }, h("h2", null, "Retention and erasure"), retention, erase),
      h("section", { class: "card" }, h("h2", null, "Sessions (person level)"), sessions),
      h("section", { class: "card" }, h("h2", null, "Audit log"), audit),
    );
    void fill(sessions, "the sessions", async () => jsonView("Sessions", await api.get<Json>("/sessions")));
    void fill(audit, "the audit log", async () => jsonView("Audit log", await api.get<Json>("/audit")));
  },
};
