// Progress of a long mining run: polls /api/v1/jobs/{id} and shows a progress bar until the job ends.

import { api } from "../api";
import { h } from "../dom";
import type { Job } from "../types";

const finished = new Set(["done", "succeeded", "completed", "failed", "cancelled"]);

export function isFinished(job: Job): boolean {
  return finished.has(job.state);
}

/** Starts polling job <id>; <target> shows its progress; resolves with the last state. */
export async function followJob(id: string, target: HTMLElement, intervalMs = 700): Promise<Job> {
  const bar = h("progress", { max: 1, value: 0, "aria-label": "Mining progress" });
  const text = h("span", { class: "job-text", role: "status", "aria-live": "polite" }, "Starting…");
  target.replaceChildren(h("div", { class: "job" }, bar, text));
  for (;;) {
    const job = await api.get<Job>(`/jobs/${encodeURIComponent(id)}`);
    const share = Math.max(0, Math.min(1, job.progress > 1 ? job.progress / 100 : job.progress));
    bar.value = share;
    text.textContent = `${job.state} · ${Math.round(share * 100)} %${job.message ? ` · ${job.message}` : ""}`;
    if (isFinished(job)) return job;
    await new Promise((resolve) => window.setTimeout(resolve, intervalMs));
  }
}
