// The one place the dashboard talks to the server. Same-origin requests only, authenticated by the session
// cookie; unsafe methods carry the CSRF header the server requires for cookie-authenticated writes.

import type { Problem } from "./types";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

/** Called when any request answers 401 (session expired or logged out elsewhere). */
let onUnauthorised: () => void = () => {};

export function whenUnauthorised(handler: () => void): void {
  onUnauthorised = handler;
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method !== "GET") headers["X-Deskmine-Csrf"] = "1";
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(withQuery(`/api/v1${path}`, query), {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, "The server did not answer", e instanceof Error ? e.message : String(e));
  }
  if (response.status === 401 && path !== "/login") onUnauthorised();
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("Content-Type") ?? "";
  return (type.includes("json") ? await response.json() : await response.text()) as T;
}

async function problemOf(response: Response): Promise<ApiError> {
  let problem: Problem = {};
  try {
    const text = await response.text();
    problem = text ? (JSON.parse(text) as Problem) : {};
  } catch {
    // Not problem details (a proxy's page): the status line is all there is.
  }
  return new ApiError(response.status, problem.title ?? `${response.status} ${response.statusText}`, problem.detail ?? "");
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>("GET", path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
};
