// Entry point: asks the server who is logged in, then shows the login form or the dashboard shell.

import "./styles.css";
import { api, ApiError, whenUnauthorised } from "./api";
import { h, replace } from "./dom";
import { renderLogin } from "./pages/login";
import { pages } from "./pages/index";
import { currentRoute, href, type Page } from "./router";
import { can, invalidate, session } from "./state";
import type { Me } from "./types";
import { errorBox } from "./ui/feedback";

const root = document.getElementById("app")!;

async function start(): Promise<void> {
  try {
    session.me = await api.get<Me>("/me");
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      showLogin();
      return;
    }
    root.replaceChildren(h("main", { id: "main", class: "page" }, errorBox(e, "your account")));
    return;
  }
  showShell();
}

function showLogin(): void {
  session.me = null;
  invalidate();
  document.title = "Log in · Deskmine";
  renderLogin(root, () => void start());
}

whenUnauthorised(() => {
  if (session.me !== null) showLogin();
});

function showShell(): void {
  const me = session.me!;
  const nav = h("nav", { class: "sidebar", "aria-label": "Dashboard" });
  const main = h("main", { id: "main", class: "page", tabindex: "-1" });
  const logout = h("button", { type: "button", class: "link-button", onclick: () => void logOut() }, "Log out");
  root.replaceChildren(
    h("a", { class: "skip-link", href: "#main", onclick: (e: Event) => { e.preventDefault(); main.focus(); } }, "Skip to content"),
    h(
      "header",
      { class: "topbar" },
      h("a", { class: "brand", href: href("overview") }, h("span", { class: "brand-mark", "aria-hidden": "true" }), "Deskmine"),
      h("div", { class: "account" }, h("span", { class: "who" }, me.name), h("span", { class: `role role-${me.role}` }, me.role), logout),
    ),
    h("div", { class: "layout" }, nav, main),
    h("div", { id: "toasts", class: "toasts", role: "status", "aria-live": "polite" }),
  );
  const route = () => {
    const { path, args } = currentRoute();
    const page = pages.find((p) => p.path === path) ?? pages[0]!;
    drawNav(nav, page);
    document.title = `${page.title} · Deskmine`;
    main.replaceChildren();
    if (!can(page.role)) {
      replace(main, h("h1", null, page.title), h("div", { class: "notice", role: "alert" }, `This page needs the ${page.role} role.`));
      return;
    }
    void page.render(main, args);
  };
  window.onhashchange = route;
  route();
}

function drawNav(nav: HTMLElement, active: Page): void {
  const links = pages
    .filter((p) => p.nav && can(p.role))
    .map((p) =>
      h("li", null, h("a", { href: href(p.path), "aria-current": p.path === active.path ? "page" : null }, p.title)),
    );
  replace(nav, h("ul", null, links));
}

async function logOut(): Promise<void> {
  try {
    await api.post("/logout");
  } finally {
    location.hash = "";
    showLogin();
  }
}

void start();
