// Task types and the labelling loop: rename, merge and split the types recognition found, and start a new
// mining run with progress. Every change answers with the updated list and clears the shared cache, so the
// new names show on every page.

import { api } from "../api";
import { field, h } from "../dom";
import { count, duration } from "../format";
import type { Page } from "../router";
import { can, invalidate, lists } from "../state";
import type { TaskType } from "../types";
import { empty, errorBox, fill, toast } from "../ui/feedback";
import { followJob, isFinished } from "../ui/jobs";

export const tasksPage: Page = {
  path: "tasks",
  title: "Task types",
  role: "viewer",
  nav: true,
  render(main) {
    const body = h("div");
    const jobArea = h("div", { class: "job-area" });
    const editor = can("analyst");
    const selected = new Set<string>();

    const mine = h("button", { type: "button", class: "secondary" }, "Mine again");
    mine.addEventListener("click", async () => {
      mine.disabled = true;
      try {
        const { job } = await api.post<{ job: string }>("/mine");
        const last = await followJob(job, jobArea);
        invalidate();
        if (isFinished(last) && last.state !== "failed") toast("Mining finished; task types updated.");
        else toast(`Mining ${last.state}: ${last.message}`, "error");
        draw();
      } catch (e) {
        jobArea.replaceChildren(errorBox(e, "the mining run"));
      } finally {
        mine.disabled = false;
      }
    });

    async function change(path: string, body: unknown, done: string): Promise<void> {
      try {
        await api.post<unknown>(path, body);
        invalidate();
        toast(done);
        draw();
      } catch (e) {
        toast(e instanceof Error ? e.message : String(e), "error");
      }
    }

    function renameForm(t: TaskType): HTMLElement {
      const input = h("input", { name: "name", value: t.name, required: true, "aria-label": `New name for ${t.name}` });
      return h(
        "form",
        {
          class: "inline-form rename",
          onsubmit: (e: Event) => {
            e.preventDefault();
            const name = input.value.trim();
            if (name && name !== t.name) void change(`/tasks/${encodeURIComponent(t.id)}/rename`, { name }, `Renamed to “${name}”.`);
          },
        },
        input,
        h("button", { type: "submit" }, "Rename"),
      );
    }

    function splitForm(t: TaskType): HTMLElement {
      // By application or by first step the server names the parts; on an action the analyst names the new type.
      const by = h("select", { name: "by", "aria-label": `Split ${t.name} by` }, [
        h("option", { value: "application" }, "application"),
        h("option", { value: "first_step" }, "first step"),
        h("option", { value: "action" }, "an action containing…"),
      ]);
      const action = h("input", { name: "split-action", placeholder: "Text of the action", "aria-label": "Text of the action", hidden: true });
      const name = h("input", { name: "split-name", placeholder: "Name of the new type", "aria-label": "Name of the new type", hidden: true });
      by.addEventListener("change", () => {
        action.hidden = name.hidden = by.value !== "action";
        action.required = name.required = by.value === "action";
      });
      return h(
        "details",
        { class: "split" },
        h("summary", null, "Split…"),
        h(
          "form",
          {
            class: "inline-form",
            onsubmit: (e: Event) => {
              e.preventDefault();
              const body = by.value === "action" ? { action: action.value, name: name.value.trim() } : { by: by.value };
              void change(`/tasks/${encodeURIComponent(t.id)}/split`, body, `Split “${t.name}”.`);
            },
          },
          h("label", null, "By ", by),
          action,
          name,
          h("button", { type: "submit" }, "Split"),
        ),
      );
    }

    function draw(): void {
      selected.clear();
      void fill(body, "the task types", async () => {
        const tasks = await lists.tasks();
        if (tasks.length === 0) return empty("No task types yet: the workspace has not been mined.");
        const mergeName = h("input", { name: "merge-name", placeholder: "Name of the merged type", required: true });
        const mergeButton = h("button", { type: "submit", disabled: true }, "Merge selected");
        const merge = h(
          "form",
          {
            class: "inline-form merge",
            onsubmit: (e: Event) => {
              e.preventDefault();
              void change("/tasks/merge", { ids: [...selected], name: mergeName.value.trim() || null }, `Merged into “${mergeName.value.trim()}”.`);
            },
          },
          field("Merge the selected types into", mergeName),
          mergeButton,
        );
        const rows = tasks.map((t) => {
          const box = h("input", { type: "checkbox", "aria-label": `Select ${t.name} for merging` });
          box.addEventListener("change", () => {
            if (box.checked) selected.add(t.id);
            else selected.delete(t.id);
            mergeButton.disabled = selected.size < 2;
          });
          return h(
            "tr",
            { "data-task": t.id },
            editor ? h("td", null, box) : null,
            h("th", { scope: "row", class: "task-name" }, t.name, h("div", { class: "muted small" }, t.id)),
            h("td", { class: "num" }, count(t.instances)),
            h("td", { class: "num" }, count(t.events)),
            h("td", { class: "num" }, count(t.people)),
            h("td", { class: "num" }, duration(t.median_s)),
            h("td", null, h("ol", { class: "steps" }, t.steps.slice(0, 6).map((s) => h("li", null, s))), t.steps.length > 6 ? h("span", { class: "muted small" }, `+${t.steps.length - 6} more`) : null),
            editor ? h("td", { class: "actions" }, renameForm(t), splitForm(t)) : null,
          );
        });
        const head = ["Task type", "Instances", "Events", "People", "Median time", "Steps"];
        return [
          h(
            "table",
            { class: "data tasks" },
            h("caption", { class: "visually-hidden" }, "Task types"),
            h("thead", null, h("tr", null, editor ? h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Select")) : null, head.map((t, i) => h("th", { scope: "col", class: i >= 1 && i <= 4 ? "num" : null }, t)), editor ? h("th", { scope: "col" }, "Label") : null)),
            h("tbody", null, rows),
          ),
          editor ? merge : null,
        ];
      });
    }

    main.append(
      h("div", { class: "page-head" }, h("h1", null, "Task types"), editor ? mine : null),
      h("p", { class: "muted" }, editor ? "Name the types as your teams call them; merge types that are one task, split a type where one step marks a different task. The changes persist as labelling rules." : "The task types recognition found in the recorded work."),
      jobArea,
      body,
    );
    draw();
  },
};
