// Compliance: rule outcomes, deviation rates by team, and each deviation with its evidence.

import { api, ApiError } from "../api";
import { h, table } from "../dom";
import { count, percent, time } from "../format";
import type { Page } from "../router";
import type { Json } from "../types";
import { empty, fill } from "../ui/feedback";

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v);
const arr = (v: Json | undefined): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v: Json | undefined): string => (v === null || v === undefined ? "–" : String(v));
const num = (v: Json | undefined): number | null => (typeof v === "number" ? v : null);

export const compliancePage: Page = {
  path: "compliance",
  title: "Compliance",
  role: "viewer",
  nav: true,
  render(main) {
    const body = h("div");
    main.append(h("h1", null, "Compliance deviations"), body);
    void fill(body, "the compliance check", async () => {
      let c: Obj;
      try {
        c = (await api.get<Json>("/compliance")) as Obj;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          return h("div", { class: "notice" }, h("strong", null, "No procedure configured."), h("p", null, e.detail || "Give the workspace declarative rules or a BPMN model to check cases against."));
        }
        throw e;
      }
      const rules = arr(c.rules);
      const deviations = arr(c.deviations);
      const ratesKey = Object.keys(c).find((k) => k.startsWith("rates_by_"));
      const rates = ratesKey ? arr(c[ratesKey]) : [];
      return [
        h("p", { class: "lead" }, `${count(num(c.cases))} cases checked · ${count(deviations.length)} deviations.`),
        h(
          "section",
          { class: "card" },
          h("h2", null, "Rules"),
          rules.length
            ? table("Rules", ["Rule", "Template", "Cases checked", "Violated", "Rate"], rules.map((r) => [str(r.id), str(r.template), count(num(r.checked)), count(num(r.violated)), percent((num(r.violated) ?? 0) / Math.max(1, num(r.checked) ?? 0))]), [2, 3, 4])
            : empty("No rules."),
        ),
        rates.length
          ? h(
              "section",
              { class: "card" },
              h("h2", null, `Deviation rate by ${ratesKey!.slice("rates_by_".length)}`),
              table("Rates", ["Group", "Cases", "Violating", "Rate"], rates.map((r) => [str(r.value), count(num(r.cases)), count(num(r.violating)), percent(num(r.rate))]), [1, 2, 3]),
            )
          : null,
        h(
          "section",
          { class: "card" },
          h("h2", null, "Deviations"),
          deviations.length
            ? h(
                "ul",
                { class: "deviations" },
                deviations.slice(0, 200).map((d) =>
                  h(
                    "li",
                    null,
                    h("details", null, h("summary", null, h("strong", null, str(d.rule)), ` · case ${str(d.case)} · ${time(typeof d.case_start === "string" ? d.case_start : null)} — ${str(d.message)}`),
                      table("Evidence", ["Activity", "Time", "Resource"], arr(d.events).map((e) => [str(e.activity), time(typeof e.time === "string" ? e.time : null), str(e.resource)])),
                    ),
                  ),
                ),
              )
            : empty("No deviations: every case follows the procedure."),
          deviations.length > 200 ? h("p", { class: "muted" }, `First 200 of ${count(deviations.length)} shown.`) : null,
        ),
      ];
    });
  },
};
