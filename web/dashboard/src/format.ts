// Number and time formats shared by every page. Durations follow the CLI and report (450ms, 4.2s, 5m 3s, 2h 5m, 3d 4h).

const counts = new Intl.NumberFormat("en-US");
const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export const count = (n: number | null | undefined): string => (n === null || n === undefined ? "–" : counts.format(n));
export const decimal = (n: number | null | undefined): string => (n === null || n === undefined ? "–" : oneDecimal.format(n));
export const fine = (n: number | null | undefined): string => (n === null || n === undefined ? "–" : twoDecimals.format(n));
export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? "–" : `${oneDecimal.format(share * 100)} %`;
/** Money in the assumptions' currency; the unit is stated in column headers, not guessed here. */
export const amount = (n: number | null | undefined): string => (n === null || n === undefined ? "–" : money.format(n));

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return "–";
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 10) return `${(Math.round(seconds * 10) / 10).toFixed(1)}s`;
  const r = Math.round(seconds);
  if (r < 60) return `${r}s`;
  if (r < 3600) return pair(Math.floor(r / 60), "m", r % 60, "s");
  if (r < 86400) {
    const m = Math.round(r / 60);
    return pair(Math.floor(m / 60), "h", m % 60, "m");
  }
  const hours = Math.round(r / 3600);
  return pair(Math.floor(hours / 24), "d", hours % 24, "h");
}

function pair(a: number, au: string, b: number, bu: string): string {
  return b === 0 ? `${a}${au}` : `${a}${au} ${b}${bu}`;
}

/** "invoice_entry" → "Invoice entry": the analysis' feature and technology keys as words. */
const spelled: Record<string, string> = { rpa: "RPA", document_ai: "Document AI", ui_stability: "UI stability", fte: "FTE" };

export function words(key: string): string {
  if (spelled[key]) return spelled[key];
  const text = key.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An ISO 8601 time as "2024-03-04 08:00" (UTC, as the server stores it). */
export function time(iso: string | null | undefined): string {
  if (!iso) return "–";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().slice(0, 16).replace("T", " ");
}
