// Graphviz DOT for a process map answer of /api/v1/map. The server has already applied the activity and
// path sliders (the same selection as 'deskmine map --activities --paths'); this only draws what it kept,
// in the colours of the HTML report so both read the same.

import { count, duration } from "../format";
import type { ProcessMap } from "../types";

export type View = "frequency" | "performance";

/** The node ids of a drawn map: Graphviz ids (a0, a1, …) to activity names, for clicks on nodes. */
export interface DrawnMap {
  dot: string;
  activityOf: Map<string, string>;
  activities: number;
  paths: number;
}

/** A DOT quoted string: a name cannot end the string or start a Graphviz escape. */
export function dotText(text: string): string {
  return String(text).replace(/[\r\n]+/g, " ").replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}

function wrap(name: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of String(name).replace(/[\r\n]+/g, " ").split(" ")) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map(dotText).join("\\n");
}

function mix(from: string, to: string, t: number): string {
  const k = Math.max(0, Math.min(1, t));
  let out = "#";
  for (let i = 1; i < 7; i += 2) {
    const a = parseInt(from.substring(i, i + 2), 16);
    const b = parseInt(to.substring(i, i + 2), 16);
    out += Math.round(a + (b - a) * k).toString(16).padStart(2, "0");
  }
  return out;
}

// Graphviz puts an edge label's left edge on the line; leading spaces keep the text off it.
const pad = (label: string) => `  ${label}`;

export function buildDot(map: ProcessMap, view: View): DrawnMap {
  const perf = view === "performance";
  const names = Object.keys(map.activities);
  const id = new Map(names.map((name, i) => [name, `a${i}`]));
  const out: string[] = [
    "digraph process {",
    'graph [rankdir=TB, bgcolor="transparent", nodesep=0.35, ranksep=0.45, pad=0.2, fontname="Helvetica"];',
    'node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, color="#51606f", penwidth=1, margin="0.16,0.06", height=0.42];',
    'edge [fontname="Helvetica", fontsize=10, arrowsize=0.7, color="#7b8794", fontcolor="#33404d"];',
  ];
  const starts = Object.entries(map.start_activities).filter(([a]) => id.has(a));
  const ends = Object.entries(map.end_activities).filter(([a]) => id.has(a));
  if (starts.length) {
    out.push('s [shape=circle, label="Start", fixedsize=true, width=0.62, fontsize=10, style=filled, fillcolor="#2f9e5e", color="#237a46", fontcolor="#ffffff", tooltip="Case start"];');
    out.push("{rank=source; s}");
  }
  if (ends.length) {
    out.push('e [shape=circle, label="End", fixedsize=true, width=0.62, fontsize=10, style=filled, fillcolor="#b3412f", color="#8a2f21", fontcolor="#ffffff", tooltip="Case end"];');
    out.push("{rank=sink; e}");
  }
  const maxCount = Math.max(1, ...Object.values(map.activities));
  names.forEach((name, i) => {
    const n = map.activities[name]!;
    const t = Math.sqrt(n / maxCount);
    const fill = perf ? "#f4f6f8" : mix("#eaf2fb", "#1f5d99", t);
    const font = !perf && t > 0.6 ? "#ffffff" : "#1d2630";
    out.push(
      `a${i} [id="a${i}", label="${wrap(name, 24)}\\n${count(n)}", fillcolor="${fill}", fontcolor="${font}", tooltip="${dotText(name)}: ${count(n)} events"];`,
    );
  });
  const edges = map.dfg.filter((e) => id.has(e.source) && id.has(e.target));
  const maxF = Math.max(1, ...edges.map((e) => e.frequency));
  const maxT = Math.max(0, ...edges.map((e) => e.median_s ?? 0));
  for (const [a, n] of starts) out.push(`s -> ${id.get(a)} [style=dashed, color="#9aa5b1", penwidth=1.2${perf ? "" : `, label="${pad(count(n))}", fontcolor="#6b7785"`}];`);
  for (const [a, n] of ends) out.push(`${id.get(a)} -> e [style=dashed, color="#9aa5b1", penwidth=1.2${perf ? "" : `, label="${pad(count(n))}", fontcolor="#6b7785"`}];`);
  for (const e of edges) {
    const attrs: string[] = [];
    if (perf) {
      const r = maxT > 0 && e.median_s !== null ? e.median_s / maxT : 0;
      attrs.push(
        `label="${pad(duration(e.median_s))}"`,
        `penwidth=${(1 + 4 * r).toFixed(2)}`,
        `color="${mix("#9aa5b1", "#c0392b", Math.sqrt(r))}"`,
        `fontcolor="${mix("#52606d", "#a93226", Math.sqrt(r))}"`,
        `tooltip="median ${duration(e.median_s)}, mean ${duration(e.mean_s)}, ${count(e.frequency)} times"`,
      );
    } else {
      const q = e.frequency / maxF;
      attrs.push(`label="${pad(count(e.frequency))}"`, `penwidth=${(1 + 5 * q).toFixed(2)}`, `color="${mix("#9fb3c8", "#1f4e79", Math.sqrt(q))}"`);
    }
    out.push(`${id.get(e.source)} -> ${id.get(e.target)} [${attrs.join(", ")}];`);
  }
  out.push("}");
  return { dot: out.join("\n"), activityOf: new Map([...id].map(([name, key]) => [key, name])), activities: names.length, paths: edges.length };
}
