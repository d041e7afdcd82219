// Content script: turns page interactions into actions with the element's description, never its value.
(() => {
  const MAX_TEXT = 80;

  function text(value) {
    if (!value) return undefined;
    const t = String(value).replace(/\s+/g, " ").trim();
    return t ? t.slice(0, MAX_TEXT) : undefined;
  }

  function selector(el) {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 5; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      if (e.id) { parts.unshift(`${part}#${CSS.escape(e.id)}`); break; }
      const parent = e.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((c) => c.tagName === e.tagName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(part);
    }
    return parts.join(" > ");
  }

  function describe(el) {
    const tag = el.tagName.toLowerCase();
    const type = tag === "input" ? (el.getAttribute("type") || "text").toLowerCase() : undefined;
    // Visible text only for things that are labels themselves (buttons, links), never for fields.
    // Forms and fields: their text is content, not a label.
    const isField = tag === "input" || tag === "textarea" || tag === "select" || tag === "form" || el.isContentEditable;
    return {
      tag,
      id: text(el.id),
      name: text(el.getAttribute("name")),
      aria_label: text(el.getAttribute("aria-label")),
      role: text(el.getAttribute("role")),
      text: isField ? (type === "submit" || type === "button" ? text(el.value) : undefined) : text(el.innerText || el.textContent),
      input_type: type,
      selector: selector(el),
    };
  }

  function send(kind, extra) {
    const message = Object.assign({ kind, ts: Date.now(), url: location.href, title: document.title }, extra);
    try { chrome.runtime.sendMessage(message); } catch (e) { /* extension reloaded */ }
  }

  // The clickable element: the nearest button, link or labelled element around the click target.
  function clickable(el) {
    return el.closest("button, a, input, select, textarea, label, [role], [onclick]") || el;
  }

  document.addEventListener("click", (ev) => {
    if (!(ev.target instanceof Element)) return;
    send(ev.detail === 2 ? "dblclick" : "click", describe(clickable(ev.target)));
  }, true);

  document.addEventListener("change", (ev) => {
    const el = ev.target;
    if (!(el instanceof Element)) return;
    const d = describe(el);
    // Passwords: only that the field changed; no count, no value.
    const chars = d.input_type === "password" || typeof el.value !== "string" ? undefined : el.value.length;
    send("change", Object.assign(d, { chars }));
  }, true);

  document.addEventListener("submit", (ev) => {
    const form = ev.target;
    if (!(form instanceof HTMLFormElement)) return;
    send("submit", Object.assign(describe(form), { action: form.getAttribute("action") || undefined }));
  }, true);

  let last = location.href;
  function navigated() {
    if (location.href === last) return;
    last = location.href;
    send("navigate", {});
  }
  window.addEventListener("popstate", navigated);
  window.addEventListener("hashchange", navigated);
  send("navigate", {});
})();
