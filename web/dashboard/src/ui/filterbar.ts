// The filters of the process explorer: case notion, team, task type and time window. Teams and task types
// come from the server, so a renamed task type shows its new name here too.

import { field, h } from "../dom";
import { filters, lists, resetFilters, setFilters, type Filters } from "../state";

// Until the server has listed what this workspace offers (GET /api/v1/case-notions), the current choice is the only option.
function current(value: string): [string, string][] {
  return [[value, value || "Workspace default"]];
}

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
  options(caseSelect, current(filters.case), filters.case);
  options(activity, current(filters.activity), filters.activity);
  void lists.caseNotions().then(
    (c) => {
      const offered = (items: { id: string; label: string; available: boolean }[]) => items.filter((i) => i.available).map((i): [string, string] => [i.id, i.label]);
      options(caseSelect, offered(c.case_notions), filters.case || c.default_case);
      options(activity, offered(c.classifiers), filters.activity || c.default_classifier);
    },
    () => {},
  );
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
    void lists.caseNotions().then(
      (c) => {
        setFilters({ case: c.default_case, activity: c.default_classifier });
        caseSelect.value = filters.case;
        activity.value = filters.activity;
        changed();
      },
      () => changed(),
    );
    team.value = "";
    taskType.value = "";
    from.value = "";
    to.value = "";
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
