// Hash routes (#/explorer, #/candidates/t3…): the server needs only to serve index.html and its assets.

import type { Role } from "./types";

export interface Page {
  path: string;
  title: string;
  /** Lowest role that sees the page in the navigation; the server enforces the same on its answers. */
  role: Role;
  /** Shown in the navigation (pages reached only by links, such as a candidate's detail, are not). */
  nav: boolean;
  render(main: HTMLElement, args: string[]): void | Promise<void>;
}

export interface Route {
  path: string;
  args: string[];
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path = "", ...args] = hash.split("/").map((part) => decodeURIComponent(part));
  return { path: path || "overview", args };
}

export function href(path: string, ...args: string[]): string {
  return `#/${[path, ...args].map(encodeURIComponent).join("/")}`;
}
