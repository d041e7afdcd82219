// Shows answers whose columns the server decides (drill-down rows, audit entries, stored data about a
// person): arrays of flat objects become tables, objects become definition lists, anything else text.

import { h, table } from "../dom";
import { time, words } from "../format";
import type { Json } from "../types";

function cell(value: Json): string {
  if (value === null) return "–";
  if (typeof value === "object") return JSON.stringify(value);
  // ISO 8601 times read as "2024-03-04 08:00" (UTC), like every other time on the dashboard.
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return time(value);
  return String(value);
}

function isRecord(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function jsonTable(caption: string, rows: Json[]): HTMLElement {
  const records = rows.filter(isRecord);
  if (records.length === 0) return h("p", { class: "empty" }, "Nothing.");
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const numeric = columns.flatMap((c, i) => (records.every((r) => r[c] === undefined || r[c] === null || typeof r[c] === "number") ? [i] : []));
  return table(caption, columns.map(words), records.map((r) => columns.map((c) => cell(r[c] ?? null))), numeric);
}

export function jsonView(caption: string, value: Json): HTMLElement {
  if (Array.isArray(value)) return jsonTable(caption, value);
  if (!isRecord(value)) return h("p", null, cell(value));
  const parts: HTMLElement[] = [];
  const simple: [string, Json][] = [];
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v)) parts.push(h("section", { class: "subsection" }, h("h3", null, words(key)), jsonTable(words(key), v)));
    else if (isRecord(v)) parts.push(h("section", { class: "subsection" }, h("h3", null, words(key)), jsonView(words(key), v)));
    else simple.push([key, v]);
  }
  const list = simple.length ? h("dl", { class: "facts" }, simple.map(([k, v]) => [h("dt", null, words(k)), h("dd", null, cell(v))])) : null;
  return h("div", { class: "json-view" }, list, parts);
}
