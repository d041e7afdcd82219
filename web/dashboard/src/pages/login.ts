// The login form. The server answers with a session cookie (HttpOnly) that every later request carries.

import { api, ApiError } from "../api";
import { field, h } from "../dom";
import type { LoginAnswer } from "../types";

export function renderLogin(root: HTMLElement, done: () => void): void {
  const name = h("input", { name: "name", autocomplete: "username", required: true, autofocus: true });
  const password = h("input", { name: "password", type: "password", autocomplete: "current-password", required: true });
  const message = h("p", { class: "error-text", role: "alert", "aria-live": "assertive" });
  const submit = h("button", { type: "submit", class: "primary" }, "Log in");
  const form = h(
    "form",
    { class: "login-card", "aria-labelledby": "login-title" },
    h("h1", { id: "login-title" }, h("span", { class: "brand-mark", "aria-hidden": "true" }), "Deskmine"),
    h("p", { class: "muted" }, "Task mining for process excellence. Log in with the account your administrator gave you."),
    field("Name", name),
    field("Password", password),
    message,
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    message.textContent = "";
    try {
      await api.post<LoginAnswer>("/login", { name: name.value.trim(), password: password.value });
      done();
    } catch (e) {
      message.textContent =
        e instanceof ApiError && e.status === 401 ? "Name or password is not correct." : e instanceof Error ? e.message : String(e);
      password.value = "";
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  root.replaceChildren(h("main", { class: "login", id: "main" }, form));
  name.focus();
}
