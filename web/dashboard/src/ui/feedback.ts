// Loading, error and empty states, announced to screen readers.

import { ApiError } from "../api";
import { h } from "../dom";

export function loading(what: string): HTMLElement {
  return h("p", { class: "loading", role: "status" }, `Loading ${what}…`);
}

export function errorBox(error: unknown, what: string): HTMLElement {
  if (error instanceof ApiError) {
    const forbidden = error.status === 403;
    return h(
      "div",
      { class: forbidden ? "notice" : "error", role: "alert" },
      h("strong", null, forbidden ? `Not available for your role: ${what}` : `Could not load ${what}`),
      h("p", null, error.detail || error.title),
    );
  }
  return h("div", { class: "error", role: "alert" }, h("strong", null, `Could not load ${what}`), h("p", null, String(error)));
}

export function empty(text: string): HTMLElement {
  return h("p", { class: "empty" }, text);
}

/** Runs <load> and puts its result (or an error) into <target>, showing a loading line meanwhile. */
export async function fill(target: HTMLElement, what: string, load: () => Promise<Node | (Node | null)[]>): Promise<void> {
  target.replaceChildren(loading(what));
  target.setAttribute("aria-busy", "true");
  try {
    const result = await load();
    target.replaceChildren(...(Array.isArray(result) ? result : [result]).filter((n): n is Node => n !== null));
  } catch (e) {
    target.replaceChildren(errorBox(e, what));
  } finally {
    target.removeAttribute("aria-busy");
  }
}

/** A short confirmation line that screen readers announce. */
export function toast(text: string, kind: "ok" | "error" = "ok"): void {
  const region = document.getElementById("toasts");
  if (!region) return;
  const item = h("div", { class: `toast ${kind}` }, text);
  region.appendChild(item);
  window.setTimeout(() => item.remove(), 6000);
}
