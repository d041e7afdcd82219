// Service worker: receives page actions from the content script and posts them to the local agent.
// The token is obtained from the agent's /pair endpoint, which only answers extension origins.
import { DESKMINE_PORT } from "./config.js";

const base = `http://127.0.0.1:${DESKMINE_PORT}`;
let token = null;
let queue = [];
let sending = false;

async function pair() {
  const stored = await chrome.storage.local.get("token");
  if (stored.token) return stored.token;
  // A POST always carries the extension origin, which is what the agent checks before handing out the token.
  const res = await fetch(`${base}/pair`, { method: "POST" });
  if (!res.ok) throw new Error(`pair: ${res.status}`);
  const body = await res.json();
  await chrome.storage.local.set({ token: body.token });
  return body.token;
}

async function flush() {
  if (sending || queue.length === 0) return;
  sending = true;
  const batch = queue;
  queue = [];
  try {
    token = token || (await pair());
    let res = await post(batch);
    if (res.status === 401) {
      // The agent was reinstalled: pair again once.
      await chrome.storage.local.remove("token");
      token = await pair();
      res = await post(batch);
    }
  } catch (e) {
    // Agent not running: the actions are dropped (the agent is the only place allowed to keep them).
  } finally {
    sending = false;
    if (queue.length > 0) flush();
  }
}

function post(batch) {
  return fetch(`${base}/events`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(batch),
  });
}

chrome.runtime.onMessage.addListener((message, sender) => {
  if (!message || typeof message.kind !== "string") return;
  queue.push(message);
  flush();
});
