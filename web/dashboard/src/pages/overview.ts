// Overview: how much was recorded and the best automation candidates, at a glance.

import { h, table } from "../dom";
import { amount, count, decimal, fine, words } from "../format";
import { href, type Page } from "../router";
import { lists } from "../state";
import type { Candidate } from "../types";
import { empty, fill } from "../ui/feedback";

function stat(label: string, value: string, note?: string): HTMLElement {
  return h("div", { class: "stat" }, h("div", { class: "stat-value" }, value), h("div", { class: "stat-label" }, label), note ? h("div", { class: "stat-note" }, note) : null);
}

export function candidateRows(candidates: Candidate[]): HTMLElement {
  if (candidates.length === 0) return empty("No candidates yet: run 'deskmine mine' and 'deskmine analyze' on the workspace, or start a mining run on the Task types page.");
  return table(
    "Automation candidates",
    ["#", "Candidate", "Score", "Hours / year", "Technology", "Net / year", "Payback (months)"],
    candidates.map((c, i) => [
      String(i + 1),
      h("a", { href: href("candidate", String(i + 1)), class: "candidate-link" }, c.name),
      fine(c.score),
      count(Math.round(c.hours_per_year)),
      h("span", { class: `tech tech-${c.technology}` }, words(c.technology)),
      amount(c.net_per_year),
      decimal(c.payback_months),
    ]),
    [0, 2, 3, 5, 6],
  );
}

export const overviewPage: Page = {
  path: "overview",
  title: "Overview",
  role: "viewer",
  nav: true,
  render(main) {
    const body = h("div");
    main.append(h("h1", null, "Overview"), body);
    void fill(body, "the overview", async () => {
      const o = await lists.overview();
      return [
        h(
          "section",
          { class: "stats", "aria-label": "Recorded work" },
          stat("People", count(o.people), "pseudonymous"),
          stat("Hours recorded", decimal(o.hours)),
          stat("Events", count(o.events)),
          stat("Sessions", count(o.sessions)),
          stat("Task types", count(o.task_types)),
          stat("Teams", count(o.teams.length)),
        ),
        h(
          "section",
          { class: "card" },
          h("h2", null, "Top automation candidates"),
          candidateRows(o.top_candidates),
          h("p", null, h("a", { href: href("candidates") }, "All candidates →")),
        ),
        h(
          "section",
          { class: "card" },
          h("h2", null, "Teams"),
          o.teams.length ? h("ul", { class: "chips" }, o.teams.map((t) => h("li", { class: "chip" }, t))) : empty("No team recorded."),
        ),
      ];
    });
  },
};
