// Measure: one slider change inside a fragment (a fragment rerun) against the same change in the same app written
// without the fragment (a full rerun): bytes on the wire (compressed and not) and server time per post.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createApp, type SluiceServer } from "../src/server/index.ts";
import { zlibCompressor } from "../src/adapters/zlib.ts";
import type { St } from "../src/index.ts";
import { FORM, fmtBytes, fmtMs, median, type Result } from "./util.ts";

/** The rest of the app: a report whose numbers change on every full run (a chart redrawn), and some work. */
let fullRuns = 0;
function report(st: St) {
  fullRuns++;
  const values = Array.from({ length: 20_000 }, (_, i) => Math.sin(i * fullRuns)).sort((a, b) => a - b);
  st.title("Report");
  for (let i = 0; i < 40; i++) st.markdown(`Row ${i}: **${values[i * 400]!.toFixed(4)}** (run ${fullRuns})`);
}
const body = (f: St) => {
  const n = f.slider("Level", { minValue: 0, maxValue: 1000 });
  f.text(`Level ${n}, squared ${n * n}`);
};
const withFragment = async (st: St) => {
  report(st);
  await st.fragment(body);
};
const without = (st: St) => {
  report(st);
  body(st);
};

const BROWSER = { "accept-encoding": "gzip, deflate, br" };
const lastId = (text: string) => Math.max(0, ...[...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])));

async function measure(app: (st: St) => unknown, posts: number) {
  const s: SluiceServer = createApp({ app, title: "bench", config: { server: { unjoinedSessionTtl: 3600 } } });
  s.setCompressor(zlibCompressor);
  const res = await s.hono.request("http://127.0.0.1/");
  const page = await res.text();
  const sessionId = /name="_sluice_session" value="([0-9a-f]+)"/.exec(page)![1]!;
  let last = Number(/id="sl-last" value="(\d+)"/.exec(page)![1]);
  const cookie = res.headers.getSetCookie().map((l) => l.split(";")[0]).join("; ");
  const slider = /<input[^>]*type="range"[^>]*name="([^"]+)"|name="([^"]+)"[^>]*type="range"/.exec(page)!;
  const name = (slider[1] ?? slider[2])!.replace(/&#36;/g, "$");
  const out = { ms: [] as number[], wire: [] as number[], raw: [] as number[] };
  for (let i = 0; i < posts; i++) {
    const form = new URLSearchParams([["_sluice_session", sessionId], ["_sluice_last", String(last)], [name, String((i % 999) + 1)]]);
    const t0 = performance.now();
    const r = await s.hono.request("http://127.0.0.1/_sluice/rerun", { method: "POST", body: form.toString(), headers: { ...FORM, ...BROWSER, cookie } });
    const bytes = Buffer.from(await r.arrayBuffer());
    out.ms.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`bench: fragments post answered ${r.status}`);
    const enc = r.headers.get("content-encoding");
    const text = (enc === "br" ? brotliDecompressSync(bytes) : enc === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");
    out.wire.push(bytes.length);
    out.raw.push(Buffer.byteLength(text));
    last = lastId(text) || last;
  }
  return out;
}

export async function measureFragments(o: { posts: number }): Promise<Result> {
  const runsBefore = fullRuns;
  const frag = await measure(withFragment, o.posts);
  const fragFullRuns = fullRuns - runsBefore - 1; // minus the page's first run
  const full = await measure(without, o.posts);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    name: "fragments",
    rows: [
      { measure: "fragment rerun: bytes per post, wire / raw", value: `${fmtBytes(avg(frag.wire))} / ${fmtBytes(avg(frag.raw))}`, aim: "less than a full rerun", ok: avg(frag.raw) < avg(full.raw) },
      { measure: "full rerun, same app and change: bytes, wire / raw", value: `${fmtBytes(avg(full.wire))} / ${fmtBytes(avg(full.raw))}`, aim: "informational", ok: null },
      { measure: "fragment rerun: server time per post (median)", value: fmtMs(median(frag.ms)), aim: "less than a full rerun", ok: median(frag.ms) < median(full.ms) },
      { measure: "full rerun, same app and change: time (median)", value: fmtMs(median(full.ms)), aim: "informational", ok: null },
      { measure: "fragment posts that ran the whole app", value: String(fragFullRuns), aim: "0", ok: fragFullRuns === 0 },
    ],
    data: { frag, full, fragFullRuns },
  };
}
