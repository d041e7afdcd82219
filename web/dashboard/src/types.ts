// Shapes of the Deskmine read API (/api/v1), as documented in docs/dashboard.md and docs/server.md.
// Field names are the server's snake_case JSON; nothing here is invented on the client.

export type Role = "admin" | "analyst" | "viewer";

export interface Me {
  name: string;
  role: Role;
  /** The pseudonym this account is linked to (employee page), or null. */
  person: string | null;
}

export interface LoginAnswer {
  token: string;
  name: string;
  role: Role;
  expires: string;
}

export interface Overview {
  people: number;
  hours: number;
  events: number;
  sessions: number;
  task_types: number;
  teams: string[];
  top_candidates: Candidate[];
}

export interface DfgEdge {
  source: string;
  target: string;
  frequency: number;
  mean_s: number | null;
  median_s: number | null;
  min_s: number | null;
  max_s: number | null;
  sum_s: number | null;
}

/** The object of `deskmine map --json`. */
export interface ProcessMap {
  num_cases: number;
  num_events: number;
  activities: Record<string, number>;
  start_activities: Record<string, number>;
  end_activities: Record<string, number>;
  dfg: DfgEdge[];
  num_variants: number;
  variants: { activities: string[]; count: number }[];
}

export interface Variant {
  activities: string[];
  count: number;
  share: number;
}

/** GET /api/v1/variants: the most frequent variants (as many as asked with ?limit=) and the count of all. */
export interface VariantsAnswer {
  num_cases: number;
  num_variants: number;
  variants: Variant[];
}

export interface TaskType {
  id: string;
  name: string;
  instances: number;
  events: number;
  people: number;
  median_s: number | null;
  steps: string[];
}

export interface ScorePart {
  value: number;
  weight: number;
  contribution: number;
}

export interface SensitivityEntry {
  assumption: string;
  low: number;
  high: number;
  savings_low: number;
  savings_high: number;
  payback_low: number | null;
  payback_high: number | null;
  swing: number;
}

export interface DataTransfer {
  from_app: string;
  from_field: string;
  to_app: string;
  to_field: string;
  count: number;
  matched_by: string;
  transformation: string | null;
}

/** One entry of the `candidates` list of `deskmine analyze --json`. */
export interface Candidate {
  kind: "task_type" | "routine";
  task_type: string;
  name: string;
  steps: string[];
  instances: number;
  people: number;
  hours_observed: number;
  hours_per_year: number;
  fte: number;
  score: number;
  score_parts: Record<string, ScorePart>;
  features: Record<string, number>;
  technology: string;
  reason: string;
  savings_per_year: number;
  implementation_cost: number;
  payback_months: number | null;
  yearly_upkeep: number;
  net_per_year: number;
  automatable_share: number;
  hours_saved_per_year: number;
  fte_saved: number;
  sensitivity: SensitivityEntry[];
  data_transfers: DataTransfer[];
}

export interface Analysis {
  period: { from: string; to: string; days: number };
  assumptions: Record<string, unknown>;
  candidates: Candidate[];
  time_study: unknown[];
}

export interface Guide {
  id: string;
  name: string;
  href: string;
}

export interface Job {
  state: string;
  progress: number;
  message: string;
}

/** RFC 7807 problem details. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
}

/** Any JSON value the dashboard shows without knowing its exact shape (drill-down rows, audit entries). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One choice of GET /api/v1/case-notions: a case notion or a classifier. */
export interface CaseNotionItem {
  id: string;
  label: string;
  available: boolean;
  description: string;
}

export interface CaseNotionCatalogue {
  case_notions: CaseNotionItem[];
  classifiers: CaseNotionItem[];
  default_case: string;
  default_classifier: string;
  mined: boolean;
}
