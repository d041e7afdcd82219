// Process explorer: the map (frequency or performance), activity and path sliders, filters, the variants
// and a drill-down into one step's events. Every change asks the server again; an answer that arrives after
// a newer request was sent is dropped, so the map always shows the last setting.

import { api } from "../api";
import { debounce, field, h, replace, table } from "../dom";
import { count, percent } from "../format";
import { buildDot } from "../map/dot";
import { renderMap } from "../map/render";
import type { Page } from "../router";
import { filterQuery, filters, setFilters, withServerDefaults } from "../state";
import type { Json, ProcessMap, VariantsAnswer } from "../types";
import { empty, errorBox, loading } from "../ui/feedback";
import { filterBar } from "../ui/filterbar";
import { stepEvents } from "../ui/stepevents";

/** Consecutive repeats of one step as [step, times]: a variant reads as its flow, not as every click. */
function runs(steps: string[]): [string, number][] {
  const out: [string, number][] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (last && last[0] === step) last[1] += 1;
    else out.push([step, 1]);
  }
  return out;
}

/** Above this many activities a layout takes the browser minutes and shows nothing readable. */
const drawLimit = 300;

function slider(name: string, label: string, value: number, onInput: (v: number) => void): HTMLElement {
  const input = h("input", { type: "range", name, min: 0, max: 100, step: 1, value, "aria-valuetext": `${value} %` });
  const out = h("output", { for: "", class: "slider-value" }, `${value} %`);
  input.addEventListener("input", () => {
    const v = Number(input.value);
    out.textContent = `${v} %`;
    input.setAttribute("aria-valuetext", `${v} %`);
    onInput(v);
  });
  const f = field(label, input);
  out.setAttribute("for", input.id);
  f.appendChild(out);
  f.classList.add("field-slider");
  return f;
}

export const explorerPage: Page = {
  path: "explorer",
  title: "Process explorer",
  role: "viewer",
  nav: true,
  render(main) {
    const summary = h("p", { class: "map-summary", role: "status", "aria-live": "polite" });
    // The map fits the canvas by default (a wide map was cut off at its right edge); unticking "Fit to width" shows it
    // at full size with scroll bars.
    const canvas = h("div", { class: "map-canvas fit", "aria-busy": "true" });
    const drill = h("aside", { class: "drill card", "aria-label": "Step details", hidden: true });
    const variants = h("div");
    let generation = 0;

    const views = h(
      "fieldset",
      { class: "segmented" },
      h("legend", null, "View"),
      (["frequency", "performance"] as const).map((v) => {
        const input = h("input", { type: "radio", name: "view", value: v, checked: filters.view === v });
        input.addEventListener("change", () => {
          setFilters({ view: v });
          void refresh();
        });
        return h("label", null, input, v === "frequency" ? "Frequency" : "Performance (median time)");
      }),
    );
    const later = debounce(() => void refresh(), 250);
    const fit = h("input", { type: "checkbox", name: "fit", checked: true });
    fit.addEventListener("change", () => canvas.classList.toggle("fit", fit.checked));
    const controls = h(
      "div",
      { class: "map-controls" },
      views,
      slider("activities", "Activities", filters.activities, (v) => {
        setFilters({ activities: v });
        later();
      }),
      slider("paths", "Paths", filters.paths, (v) => {
        setFilters({ paths: v });
        later();
      }),
      h("label", { class: "check" }, fit, "Fit to width"),
    );

    // The step whose events the side panel shows, the one clicked while the map was being redrawn, and a counter so
    // that an answer for an earlier click never replaces a later one.
    let openStep: string | null = null;
    let pendingStep: string | null = null;
    let stepGeneration = 0;

    function closeStep(): void {
      openStep = null;
      stepGeneration++;
      drill.hidden = true;
    }

    function clickStep(activity: string): void {
      // A click on a map that is being redrawn for new filters would ask for the step under filters the map does
      // not show yet; it is answered once the new map is in.
      if (canvas.classList.contains("stale")) pendingStep = activity;
      else void showStep(activity);
    }

    async function showStep(activity: string): Promise<void> {
      const mine = ++stepGeneration;
      openStep = activity;
      drill.hidden = false;
      replace(drill, h("h2", null, activity), loading("the step's events"));
      try {
        const rows = await api.get<Json>("/steps/events", { ...filterQuery(), step: activity });
        if (mine !== stepGeneration) return;
        replace(
          drill,
          h("div", { class: "drill-head" }, h("h2", null, activity), h("button", { type: "button", class: "link-button", onclick: closeStep }, "Close")),
          stepEvents(rows),
        );
      } catch (e) {
        if (mine === stepGeneration) replace(drill, h("h2", null, activity), errorBox(e, "the step's events"));
      }
    }

    /** After a new map: the clicked or open step is asked again under the new filters, or the panel says it is gone. */
    function followStep(activities: Record<string, number>): void {
      const step = pendingStep ?? openStep;
      pendingStep = null;
      if (step === null) return;
      if (step in activities) {
        void showStep(step);
        return;
      }
      stepGeneration++;
      openStep = step;
      drill.hidden = false;
      replace(
        drill,
        h("div", { class: "drill-head" }, h("h2", null, step), h("button", { type: "button", class: "link-button", onclick: closeStep }, "Close")),
        h("p", { class: "empty" }, "This step has no events under the current filters."),
      );
    }

    async function refresh(): Promise<void> {
      const mine = ++generation;
      canvas.setAttribute("aria-busy", "true");
      canvas.classList.add("stale");
      const query = filterQuery();
      try {
        const [map, answer] = await Promise.all([
          // The map is drawn from its activities and edges; the variants come from /variants, as many as are shown.
          api.get<ProcessMap>("/map", { ...query, variants: 0 }),
          api.get<VariantsAnswer>("/variants", { ...query, limit: shownVariants }),
        ]);
        if (mine !== generation) return;
        const drawn = buildDot(map, filters.view);
        summary.textContent =
          `${count(map.num_cases)} cases · ${count(map.num_events)} events · showing ${count(drawn.activities)} activities and ` +
          `${count(drawn.paths)} paths · ${count(map.num_variants)} variants. ` +
          (filters.view === "performance" ? "Labels: median time between steps; red and thick = slow." : "Labels: how often; thick = frequent.");
        if (drawn.activities === 0) replace(canvas, empty("No events match these filters."));
        else if (drawn.activities > drawLimit)
          replace(
            canvas,
            h("div", { class: "notice" }, `${count(drawn.activities)} activities are too many to draw. Move the Activities slider down or name activities by fewer fields.`),
          );
        else {
          replace(canvas, await renderMap(drawn, clickStep));
          // Graphviz centres the start: open a wide map at its middle rather than at its left edge.
          canvas.scrollLeft = (canvas.scrollWidth - canvas.clientWidth) / 2;
        }
        drawVariants(answer);
        if (mine === generation) {
          canvas.classList.remove("stale");
          followStep(map.activities);
        }
      } catch (e) {
        if (mine === generation) replace(canvas, errorBox(e, "the process map"));
      } finally {
        if (mine === generation) {
          canvas.removeAttribute("aria-busy");
          canvas.classList.remove("stale");
        }
      }
    }

    // The server sends only the variants shown (?limit=) with the count of all; "more" asks for the next ones.
    let shownVariants = 10;

    async function showMoreVariants(): Promise<void> {
      shownVariants += 15;
      const mine = generation;
      try {
        const answer = await api.get<VariantsAnswer>("/variants", { ...filterQuery(), limit: shownVariants });
        if (mine === generation) drawVariants(answer);
      } catch (e) {
        if (mine === generation) replace(variants, errorBox(e, "the variants"));
      }
    }

    function drawVariants(answer: VariantsAnswer): void {
      const list = answer.variants;
      if (list.length === 0) {
        replace(variants, empty("No variants for these filters."));
        return;
      }
      const top = list.slice(0, shownVariants);
      const rarer = Math.max(0, answer.num_variants - top.length);
      const more = h("button", { type: "button", class: "secondary" }, "Show 15 more");
      more.addEventListener("click", () => void showMoreVariants());
      replace(
        variants,
        table(
          "Variants",
          ["#", "Cases", "Share", "Steps"],
          top.map((v, i) => [
            String(i + 1),
            count(v.count),
            h("span", { class: "share" }, h("span", { class: "share-bar", style: `width:${Math.round(v.share * 100)}%` }), percent(v.share)),
            h(
              "ol",
              { class: "flow", "aria-label": `${v.activities.length} steps` },
              runs(v.activities).map(([a, n]) => h("li", null, a, n > 1 ? h("span", { class: "repeat" }, ` ×${n}`) : null)),
            ),
          ]),
          [0, 1, 2],
        ),
        rarer > 0 ? h("p", { class: "muted" }, `${count(rarer)} rarer variants not shown. `, more) : null,
      );
    }

    main.append(
      h("h1", null, "Process explorer"),
      filterBar(() => void refresh()),
      h("section", { class: "card map-card", "aria-label": "Process map" }, controls, summary, h("div", { class: "map-area" }, canvas, drill)),
      h("section", { class: "card" }, h("h2", null, "Variants"), variants),
    );
    replace(canvas, loading("the process map"));
    // The filter bar above is drawn at once; the first map waits for the workspace's default case notion and classifier.
    void withServerDefaults().then(
      () => refresh(),
      () => refresh(),
    );
  },
};
