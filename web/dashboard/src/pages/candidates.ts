// Automation candidates: the ranked list, and per candidate its score parts, savings and payback, and how
// much the savings move when each assumption moves (sensitivity).

import { api } from "../api";
import { h, table } from "../dom";
import { amount, count, decimal, fine, percent, time, words } from "../format";
import { href, type Page } from "../router";
import type { Analysis, Candidate } from "../types";
import { empty, fill } from "../ui/feedback";
import { candidateRows } from "./overview";

export const candidatesPage: Page = {
  path: "candidates",
  title: "Candidates",
  role: "viewer",
  nav: true,
  render(main) {
    const body = h("div");
    main.append(
      h("h1", null, "Automation candidates"),
      h("p", { class: "muted" }, "Ranked by score: how often, how long, how many people, how predictable, how much data is moved by hand. Open one for its figures."),
      h("section", { class: "card" }, body),
    );
    void fill(body, "the candidates", async () => candidateRows(await api.get<Candidate[]>("/candidates")));
  },
};

function scoreParts(c: Candidate): HTMLElement {
  const parts = Object.entries(c.score_parts).sort((a, b) => Math.abs(b[1].contribution) - Math.abs(a[1].contribution));
  const max = Math.max(0.0001, ...parts.map(([, p]) => Math.abs(p.contribution)));
  return h(
    "table",
    { class: "data bars" },
    h("caption", { class: "visually-hidden" }, "Score parts"),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "Feature"), h("th", { scope: "col", class: "num" }, "Value"), h("th", { scope: "col", class: "num" }, "Weight"), h("th", { scope: "col" }, "Contribution"))),
    h(
      "tbody",
      null,
      parts.map(([name, p]) =>
        h(
          "tr",
          null,
          h("th", { scope: "row" }, words(name)),
          h("td", { class: "num" }, fine(p.value)),
          h("td", { class: "num" }, fine(p.weight)),
          h(
            "td",
            { class: "bar-cell" },
            h("span", { class: `bar ${p.contribution < 0 ? "negative" : "positive"}`, style: `width:${(Math.abs(p.contribution) / max) * 100}%` }),
            h("span", { class: "bar-label" }, fine(p.contribution)),
          ),
        ),
      ),
    ),
  );
}

/** A tornado chart as a table: per assumption, the savings at its low and high value around the base. */
function sensitivity(c: Candidate, currency: string): HTMLElement {
  if (c.sensitivity.length === 0) return empty("No sensitivity figures.");
  const all = c.sensitivity.flatMap((s) => [s.savings_low, s.savings_high, c.savings_per_year]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = Math.max(1, hi - lo);
  const at = (v: number) => ((v - lo) / span) * 100;
  return h(
    "table",
    { class: "data tornado" },
    h("caption", null, `Savings per year (${currency}) when one assumption moves; the line is today's estimate.`),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "Assumption"), h("th", { scope: "col" }, "Range"), h("th", { scope: "col" }, "Savings"), h("th", { scope: "col", class: "num" }, "Payback (months)"))),
    h(
      "tbody",
      null,
      c.sensitivity.map((s) => {
        const a = Math.min(s.savings_low, s.savings_high);
        const b = Math.max(s.savings_low, s.savings_high);
        return h(
          "tr",
          null,
          h("th", { scope: "row" }, words(s.assumption)),
          h("td", null, `${fine(s.low)} – ${fine(s.high)}`),
          h(
            "td",
            { class: "tornado-cell", "aria-label": `${amount(s.savings_low)} to ${amount(s.savings_high)}` },
            h("span", { class: "tornado-bar", style: `left:${at(a)}%;width:${Math.max(0.5, at(b) - at(a))}%` }),
            h("span", { class: "tornado-base", style: `left:${at(c.savings_per_year)}%` }),
            h("span", { class: "bar-label" }, `${amount(s.savings_low)} – ${amount(s.savings_high)}`),
          ),
          h("td", { class: "num" }, `${decimal(s.payback_low)} – ${decimal(s.payback_high)}`),
        );
      }),
    ),
  );
}

function figure(label: string, value: string): HTMLElement[] {
  return [h("dt", null, label), h("dd", null, value)];
}

export const candidatePage: Page = {
  path: "candidate",
  title: "Candidate",
  role: "viewer",
  nav: false,
  render(main, args) {
    const rank = Number(args[0] ?? "1");
    const body = h("div");
    main.append(h("p", null, h("a", { href: href("candidates") }, "← All candidates")), body);
    void fill(body, "the candidate", async () => {
      const analysis = await api.get<Analysis>("/analysis");
      const c = analysis.candidates[rank - 1];
      if (!c) return empty(`There is no candidate number ${rank}.`);
      const currency = String(analysis.assumptions.currency ?? "");
      const p = analysis.period;
      return [
        h("h1", null, c.name),
        h(
          "p",
          { class: "lead" },
          h("span", { class: `tech tech-${c.technology}` }, words(c.technology)),
          ` ${c.reason}. `,
          h("span", { class: "muted" }, `Score ${fine(c.score)} · rank ${rank} of ${analysis.candidates.length} · ${c.kind === "routine" ? "a routine inside a task type" : "a whole task type"}.`),
        ),
        h(
          "section",
          { class: "card" },
          h("h2", null, "Return on investment"),
          h(
            "dl",
            { class: "facts columns" },
            figure(`Savings per year (${currency})`, amount(c.savings_per_year)),
            figure(`Implementation (${currency})`, amount(c.implementation_cost)),
            figure(`Upkeep per year (${currency})`, amount(c.yearly_upkeep)),
            figure(`Net per year (${currency})`, amount(c.net_per_year)),
            figure("Payback", c.payback_months === null ? "never" : `${decimal(c.payback_months)} months`),
            figure("Automatable share", percent(c.automatable_share)),
            figure("Hours saved per year", count(Math.round(c.hours_saved_per_year))),
            figure("FTE saved", fine(c.fte_saved)),
            figure("Instances", count(c.instances)),
            figure("People", count(c.people)),
            figure("Hours observed", decimal(c.hours_observed)),
            figure("Hours per year", count(Math.round(c.hours_per_year))),
          ),
          h("p", { class: "muted small" }, `Yearly figures extrapolate the observed period ${time(p.from)} – ${time(p.to)} (${decimal(p.days)} working days) with the workspace's assumptions.`),
        ),
        h("section", { class: "card" }, h("h2", null, "Score parts"), scoreParts(c)),
        h("section", { class: "card" }, h("h2", null, "Sensitivity"), sensitivity(c, currency)),
        h("section", { class: "card" }, h("h2", null, "Steps"), h("ol", { class: "steps" }, c.steps.map((s) => h("li", null, s)))),
        c.data_transfers.length
          ? h(
              "section",
              { class: "card" },
              h("h2", null, "Data moved by hand"),
              table(
                "Data transfers",
                ["From", "To", "Times", "Matched by", "Transformation"],
                c.data_transfers.map((t) => [`${t.from_app}: ${t.from_field}`, `${t.to_app}: ${t.to_field}`, count(t.count), t.matched_by, t.transformation ?? "–"]),
                [2],
              ),
            )
          : null,
      ];
    });
  },
};
