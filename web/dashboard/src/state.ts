// What the pages share: the logged-in account, the filters of the process explorer, and a small cache of
// lists that several pages show (teams, task types). Every change made through the dashboard (rename,
// merge, split, a finished mining run) clears the cache, so a new name shows everywhere at once.

import { api } from "./api";
import type { CaseNotionCatalogue, Me, Overview, Role, TaskType } from "./types";

export const session: { me: Me | null } = { me: null };

const rank: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

/** Whether the logged-in account has at least <role>. */
export function can(role: Role): boolean {
  return session.me !== null && rank[session.me.role] >= rank[role];
}

export interface Filters {
  /** Case notion as the CLI's --case: case, segment, mined, session; empty until the server's default is known. */
  case: string;
  /** Classifier: step or the event fields that name an activity, as the CLI's --classifier; empty until the server's default is known. */
  activity: string;
  team: string;
  from: string;
  to: string;
  task_type: string;
  /** Disco-style share of activities kept, 0–100. */
  activities: number;
  /** Share of paths kept, 0–100. */
  paths: number;
  view: "frequency" | "performance";
}

const defaults: Filters = { case: "", activity: "", team: "", from: "", to: "", task_type: "", activities: 80, paths: 50, view: "frequency" };
const storageKey = "deskmine.filters.v3";

function load(): Filters {
  try {
    const stored = JSON.parse(sessionStorage.getItem(storageKey) ?? "{}") as Partial<Filters>;
    return { ...defaults, ...stored };
  } catch {
    return { ...defaults };
  }
}

export const filters: Filters = load();

export function setFilters(change: Partial<Filters>): void {
  Object.assign(filters, change);
  sessionStorage.setItem(storageKey, JSON.stringify(filters));
}

export function resetFilters(): void {
  setFilters({ ...defaults });
}

/**
 * Fills the case notion and classifier the person has not chosen with the server's defaults (mined cases named by
 * their steps once the workspace is mined), so the first map is readable rather than one box per click target.
 */
export async function withServerDefaults(): Promise<void> {
  if (filters.activity && filters.case) return;
  const catalogue = await lists.caseNotions();
  setFilters({ case: filters.case || catalogue.default_case, activity: filters.activity || catalogue.default_classifier });
}

/** The filters as query parameters of /map, /variants and /steps/events (empty ones left out). */
export function filterQuery(f: Filters = filters): Record<string, string | number> {
  const q: Record<string, string | number> = { activities: f.activities, paths: f.paths };
  if (f.case) q.case = f.case;
  if (f.activity) q.activity = f.activity;
  if (f.team) q.team = f.team;
  if (f.from) q.from = new Date(f.from).toISOString();
  if (f.to) q.to = new Date(f.to).toISOString();
  if (f.task_type) q.task_type = f.task_type;
  return q;
}

const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let entry = cache.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = load();
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
  }
  return entry;
}

export const lists = {
  overview: () => cached("overview", () => api.get<Overview>("/overview")),
  tasks: () => cached("tasks", () => api.get<TaskType[]>("/tasks")),
  caseNotions: () => cached("case-notions", () => api.get<CaseNotionCatalogue>("/case-notions")),
};

export function invalidate(): void {
  cache.clear();
}
