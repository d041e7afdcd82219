// One step's events as GET /api/v1/steps/events answers them: counts per team (teams under k folded or withheld)
// for everyone, and person-level rows for admins only.

import { h, table } from "../dom";
import { count, duration, time } from "../format";
import type { Json } from "../types";
import { jsonView } from "./jsonview";

interface StepGroup {
  team: string;
  events: number;
  cases: number;
  people: number;
}

interface StepRow {
  time: string | null;
  case: string;
  user: string | null;
  team: string | null;
  duration_s: number | null;
}

interface StepAnswer {
  activity: string;
  events: number;
  cases: number;
  people: number;
  k: number;
  groups: StepGroup[];
  withheld_events: number;
  rows: StepRow[] | null;
}

function isStepAnswer(value: Json): value is Json & StepAnswer {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Array.isArray(value.groups) && typeof value.events === "number";
}

export function stepEvents(answer: Json): HTMLElement {
  if (!isStepAnswer(answer)) return jsonView("Events of the step", answer);
  const a = answer as StepAnswer;
  if (a.events === 0) return h("div", { class: "step-events" }, h("p", { class: "empty" }, "This step has no events under the current filters."));
  return h(
    "div",
    { class: "step-events" },
    h("p", null, `${count(a.events)} events in ${count(a.cases)} cases by ${count(a.people)} people.`),
    h("h3", null, "By team"),
    a.groups.length
      ? table("Events by team", ["Team", "Events", "Cases", "People"], a.groups.map((g) => [g.team, count(g.events), count(g.cases), count(g.people)]), [1, 2, 3])
      : h("p", { class: "empty" }, "No team reaches the minimum group size."),
    a.withheld_events ? h("p", { class: "muted small" }, `${count(a.withheld_events)} events of teams with fewer than ${a.k} people are withheld.`) : null,
    a.rows
      ? [
          h("h3", null, "Events (person level, audited)"),
          table(
            "Events",
            ["Time", "Case", "Person", "Team", "Duration"],
            a.rows.map((r) => [time(r.time), r.case, r.user ?? "–", r.team ?? "–", duration(r.duration_s)]),
          ),
          a.rows.length < a.events ? h("p", { class: "muted small" }, `First ${count(a.rows.length)} of ${count(a.events)} events.`) : null,
        ]
      : h("p", { class: "muted small" }, `Person-level rows are shown to administrators only; groups have at least ${a.k} people.`),
  );
}
