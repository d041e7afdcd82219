// The filters of the process explorer: case notion, team, task type and time window. Teams and task types
// come from the server, so a renamed task type shows its new name here too.

import { field, h } from "../dom";
import { filters, lists, resetFilters, setFilters, type Filters } from "../state";

const caseNotions: [string, string][] = [
  ["", "Workspace default"],
  ["case", "Case (business object)"],
  ["segment", "Task instance (segment)"],
  ["mined", "Mined case"],
  ["session", "Recording session"],
];

// Recorded desktop events named by every field are nearly all different; application and action is the level an
// analyst starts from, and the finer ones are a choice away.
const classifiers: [string, string][] = [
  ["app,kind", "Application and action"],
  ["app", "Application"],
  ["app,kind,target_name", "Application, action and element"],
  ["auto", "Workspace default"],
];

function options(select: HTMLSelectElement, items: [string, string][], value: string): void {
  select.replaceChildren(...items.map(([v, label]) => h("option", { value: v, selected: v === value }, label)));
}

/** A filter bar that calls <changed> after every change (already stored in the shared filters). */
export function filterBar(changed: () => void): HTMLElement {
  const caseSelect = h("select", { name: "case" });
  const activity = h("select", { name: "activity" });
  const team = h("select", { name: "team" });
  const taskType = h("select", { name: "task_type" });
  const from = h("input", { type: "datetime-local", name: "from", value: filters.from });
  const to = h("input", { type: "datetime-local", name: "to", value: filters.to });
  options(caseSelect, caseNotions, filters.case);
  options(activity, classifiers, filters.activity);
  options(team, [["", "All teams"]], "");
  options(taskType, [["", "All task types"]], "");
  void lists.overview().then(
    (o) => options(team, [["", "All teams"], ...o.teams.map((t): [string, string] => [t, t])], filters.team),
    () => {},
  );
  void lists.tasks().then(
    (tasks) => options(taskType, [["", "All task types"], ...tasks.map((t): [string, string] => [t.id, t.name])], filters.task_type),
    () => {},
  );
  const bind = (el: HTMLSelectElement | HTMLInputElement, key: keyof Filters) =>
    el.addEventListener("change", () => {
      setFilters({ [key]: el.value } as Partial<Filters>);
      changed();
    });
  bind(caseSelect, "case");
  bind(activity, "activity");
  bind(team, "team");
  bind(taskType, "task_type");
  bind(from, "from");
  bind(to, "to");
  const reset = h("button", { type: "button", class: "secondary" }, "Reset filters");
  reset.addEventListener("click", () => {
    resetFilters();
    caseSelect.value = "";
    activity.value = filters.activity;
    team.value = "";
    taskType.value = "";
    from.value = "";
    to.value = "";
    changed();
  });
  return h(
    "form",
    { class: "filters", role: "search", "aria-label": "Filters", onsubmit: (e: Event) => e.preventDefault() },
    field("Case notion", caseSelect),
    field("Activities named by", activity),
    field("Team", team),
    field("Task type", taskType),
    field("From", from),
    field("To", to),
    h("div", { class: "field field-button" }, reset),
  );
}
