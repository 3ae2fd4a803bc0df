// Shared benchmark helpers: statistics, result rows, and reading sluice's page and SSE bodies.
import { createApp, type SluiceServer } from "../src/server/index.ts";
import referenceApp from "./reference-app.ts";

export interface Row {
  measure: string;
  value: string;
  aim: string;
  /** true = aim met, false = missed, null = informational. */
  ok: boolean | null;
}

export interface Result {
  name: string;
  rows: Row[];
  data: Record<string, unknown>;
}

export const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** The reference app on the in-memory hono app (no port). */
// The sessions measured stand for open tabs, which join theirs at once: no early expiry of never-joined ones.
export const referenceServer = (): SluiceServer => createApp({ app: referenceApp, title: "sluice bench", config: { server: { unjoinedSessionTtl: 3600 } } });

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const median = (xs: readonly number[]) => percentile([...xs].sort((a, b) => a - b), 50);

export const fmtMs = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
export const fmtBytes = (b: number) => (b >= 10_000 ? `${(b / 1000).toFixed(1)} kB` : `${Math.round(b)} B`);
export const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");

/** What a rerun post needs from a page: the session id, the last event id, and the widget form names. */
export interface PageInfo {
  sessionId: string;
  lastEventId: number;
  slider: string;
  selectbox: string;
  textInput: string;
  /** The browser cookie the page set (a session only takes posts from the browser that created it). */
  cookie: string;
}

export function parsePage(html: string, cookie = ""): PageInfo {
  const pick = (re: RegExp, what: string) => {
    const m = html.match(re);
    if (!m) throw new Error(`bench: could not find ${what} in the page`);
    return m[1]!;
  };
  return {
    sessionId: pick(/name="_sluice_session" value="([0-9a-f]+)"/, "the session id"),
    lastEventId: Number(pick(/name="_sluice_last" id="sl-last" value="(\d+)"/, "the last event id")),
    slider: unescapeAttr(pick(/<input type="range"[^>]* name="([^"]+)"/, "the slider")),
    selectbox: unescapeAttr(pick(/<select[^>]* name="([^"]+)"/, "the selectbox")),
    textInput: unescapeAttr(pick(/<input type="text"[^>]* name="([^"]+)"/, "the text input")),
    cookie,
  };
}

const unescapeAttr = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The form body of one slider change, carrying every widget's value as the browser does. */
export function sliderBody(p: PageInfo, value: number): string {
  return new URLSearchParams({
    _sluice_session: p.sessionId,
    _sluice_last: String(p.lastEventId),
    [p.slider]: String(value),
    [p.selectbox]: "0",
    [p.textInput]: "",
  }).toString();
}

/** The largest `id:` in an SSE body (0 if none). */
export function lastSseId(body: string): number {
  let last = 0;
  for (const m of body.matchAll(/^id: (\d+)$/gm)) last = Math.max(last, Number(m[1]));
  return last;
}

/** Reads a response body to the end as bytes (the "end of the stream" the latency measures stop at). */
export async function readAll(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer());
}

export async function openSession(server: SluiceServer): Promise<{ page: string; info: PageInfo }> {
  const res = await server.hono.request("http://127.0.0.1/");
  const page = await res.text();
  return { page, info: parsePage(page, res.headers.getSetCookie().map((l) => l.split(";")[0]).join("; ")) };
}

export function printTable(rows: readonly Row[]): void {
  const head: Row = { measure: "measure", value: "value", aim: "aim", ok: null };
  const w = (k: "measure" | "value" | "aim") => Math.max(...[head, ...rows].map((r) => r[k].length));
  const [wm, wv, wa] = [w("measure"), w("value"), w("aim")];
  const line = (r: Row, mark: string) => `${r.measure.padEnd(wm)}  ${r.value.padStart(wv)}  ${r.aim.padEnd(wa)}  ${mark}`;
  console.log(line(head, "met"));
  console.log(`${"-".repeat(wm)}  ${"-".repeat(wv)}  ${"-".repeat(wa)}  ---`);
  for (const r of rows) console.log(line(r, r.ok === null ? "" : r.ok ? "yes" : "NO"));
}
