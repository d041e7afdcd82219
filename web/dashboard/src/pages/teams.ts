// Team comparison: per task type, how each team (of at least k people) does it, against the best practice.
// Groups smaller than k are never sent by the server; the page says how many were withheld.

import { api } from "../api";
import { h, table } from "../dom";
import { count, duration, percent } from "../format";
import type { Page } from "../router";
import type { Json } from "../types";
import { empty, fill } from "../ui/feedback";
import { jsonView } from "../ui/jsonview";

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v);
const num = (v: Json | undefined): number | null => (typeof v === "number" ? v : null);
const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);
const str = (v: Json | undefined): string => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));

/** A duration field in seconds, whichever of the usual spellings the answer uses. */
function seconds(o: Obj, base: string): number | null {
  return num(o[`${base}_s`]) ?? num(o[`${base}_seconds`]) ?? num(o[base]);
}

/** The server names a group's team "name" (the analysis calls it "group"). */
const groupName = (g: Obj): string => str(g.name ?? g.group);

function groupTable(t: Obj): HTMLElement {
  const groups = arr(t.groups).filter(isObj);
  if (groups.length === 0) return empty("No group reaches the minimum group size for this task type.");
  return table(
    `Teams on ${str(t.name)}`,
    ["Team", "People", "Instances", "Median time", "P90 time", "Rework", "Follows best practice", "Hours a year above best practice"],
    groups.map((g) => [
      groupName(g),
      count(num(g.people)),
      count(num(g.instances)),
      duration(seconds(g, "median") ?? seconds(g, "median_handling")),
      duration(seconds(g, "p90") ?? seconds(g, "p90_handling")),
      percent(num(g.rework_share)),
      percent(num(g.best_practice_share)),
      count(Math.round(num(g.deviation_hours_per_year) ?? 0)),
    ]),
    [1, 2, 3, 4, 5, 6, 7],
  );
}

function taskTypeSection(t: Obj): HTMLElement {
  const best = isObj(t.best_practice) ? t.best_practice : null;
  const suppressed = num(t.suppressed_groups) ?? 0;
  return h(
    "section",
    { class: "card" },
    h("h2", null, str(t.name)),
    groupTable(t),
    best
      ? h(
          "div",
          { class: "best-practice" },
          h("h3", null, "Best practice", t.best_practice_group ? ` (most followed by ${str(t.best_practice_group)})` : ""),
          h("p", { class: "muted small" }, `${count(num(best.instances))} instances by ${count(num(best.people))} people, median ${duration(seconds(best, "median") ?? seconds(best, "median_handling"))}.`),
          h("ol", { class: "steps" }, arr(best.steps).map((s) => h("li", null, str(s)))),
        )
      : h("p", { class: "muted small" }, "No variant done without rework by at least k people: no best practice qualifies."),
    suppressed ? h("p", { class: "muted small" }, `${count(suppressed)} group(s) withheld: fewer than k people.`) : null,
  );
}

export const teamsPage: Page = {
  path: "teams",
  title: "Team comparison",
  role: "viewer",
  nav: true,
  render(main) {
    const body = h("div");
    main.append(
      h("h1", null, "Team comparison"),
      h("p", { class: "muted" }, "How teams do the same task: time, rework and the share that follows the best practice. Groups with fewer than k people are never shown."),
      body,
    );
    void fill(body, "the team comparison", async () => {
      const answer = await api.get<Json>("/teams");
      const types = isObj(answer) ? arr(answer.task_types).filter(isObj) : Array.isArray(answer) ? answer.filter(isObj) : [];
      if (types.length === 0) return isObj(answer) && !("task_types" in answer) ? jsonView("Team comparison", answer) : empty("No task types to compare yet.");
      return types.map(taskTypeSection);
    });
  },
};
