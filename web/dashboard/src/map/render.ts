// Lays out DOT with Viz.js (Graphviz compiled to WebAssembly, from npm like the HTML report's). The module is
// loaded on first use, so pages without a map never download it; nothing is fetched from outside the server.

import type { DrawnMap } from "./dot";

type Viz = { renderSVGElement(dot: string): SVGSVGElement };
let viz: Promise<Viz> | null = null;

function instance(): Promise<Viz> {
  viz ??= import("@viz-js/viz").then((m) => m.instance() as Promise<Viz>);
  return viz;
}

/**
 * Draws <drawn> and makes every activity node a keyboard-reachable button that calls <onStep> with its name.
 */
export async function renderMap(drawn: DrawnMap, onStep: (activity: string) => void): Promise<SVGSVGElement> {
  const svg = (await instance()).renderSVGElement(drawn.dot);
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", `Process map: ${drawn.activities} activities, ${drawn.paths} paths`);
  svg.classList.add("map-svg");
  for (const node of svg.querySelectorAll<SVGGElement>("g.node")) {
    const activity = drawn.activityOf.get(node.id);
    if (activity === undefined) continue;
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", `Step ${activity}: show its events`);
    node.dataset.activity = activity;
    node.querySelector("title")?.remove();
    node.addEventListener("click", () => onStep(activity));
    node.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onStep(activity);
      }
    });
  }
  return svg;
}
