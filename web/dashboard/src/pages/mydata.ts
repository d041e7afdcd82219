// The employee page: what Deskmine stored about the logged-in person (their pseudonym's data), as the
// privacy model promises every recorded person can see.

import { api, ApiError } from "../api";
import { h } from "../dom";
import type { Page } from "../router";
import { session } from "../state";
import type { Json } from "../types";
import { fill } from "../ui/feedback";
import { jsonView } from "../ui/jsonview";

export const myDataPage: Page = {
  path: "me",
  title: "My data",
  role: "viewer",
  nav: true,
  render(main) {
    const body = h("div", { class: "card" });
    const person = session.me?.person;
    main.append(
      h("h1", null, "What was stored about me"),
      h(
        "p",
        { class: "muted" },
        person
          ? `Your account is linked to the pseudonym ${person}. Below is everything stored under it: counts, applications, sessions and task instances. Typed text and clipboard contents are never kept, only counts and keyed hashes.`
          : "Your account is not linked to a recorded person, so nothing is stored about you. An administrator links accounts to pseudonyms.",
      ),
      body,
    );
    void fill(body, "your data", async () => {
      try {
        return jsonView("Stored about me", await api.get<Json>("/me/data"));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return h("div", { class: "notice" }, h("strong", null, e.title), h("p", null, e.detail));
        throw e;
      }
    });
  },
};
