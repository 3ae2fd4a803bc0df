// Measure multipage apps: a page switch in the tab's session (a post asking for the other page) against loading that
// page afresh (a GET, what a plain link would cost), and a st.queryParams write (the URL marker on the wire):
// bytes on the wire (compressed and not) and server time per post.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createApp } from "../src/server/index.ts";
import { zlibCompressor } from "../src/adapters/zlib.ts";
import type { St } from "../src/index.ts";
import { FORM, fmtBytes, fmtMs, median, type Result } from "./util.ts";

function report(title: string) {
  return function page(st: St) {
    st.title(title);
    for (let i = 0; i < 30; i++) st.markdown(`${title} row ${i}: **${(i * 7919) % 1000}** items`);
    st.slider(`${title} level`, { minValue: 0, maxValue: 100 });
  };
}
function counter(st: St) {
  st.title("Counter");
  const n = Number(st.queryParams.n ?? 0);
  st.text(`n is ${n}`);
  if (st.button("Add one")) st.queryParams.n = n + 1;
}
const app = async (st: St) => {
  const page = st.navigation([st.Page(report("Sales"), { title: "Sales", urlPath: "sales", default: true }), st.Page(report("Costs"), { title: "Costs", urlPath: "costs" }), st.Page(counter, { title: "Counter" })]);
  await page.run();
};

const BROWSER = { "accept-encoding": "gzip, deflate, br" };
const lastId = (text: string) => Math.max(0, ...[...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])));
const decode = (bytes: Buffer, enc: string | null) => (enc === "br" ? brotliDecompressSync(bytes) : enc === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");

export async function measurePages(o: { posts: number }): Promise<Result> {
  const s = createApp({ app, title: "bench", config: { server: { unjoinedSessionTtl: 3600 } } });
  s.setCompressor(zlibCompressor);
  const res = await s.hono.request("http://127.0.0.1/counter", { headers: BROWSER });
  const page = decode(Buffer.from(await res.arrayBuffer()), res.headers.get("content-encoding"));
  const sessionId = /name="_sluice_session" value="([0-9a-f]+)"/.exec(page)![1]!;
  let last = Number(/id="sl-last" value="(\d+)"/.exec(page)![1]);
  const cookie = res.headers.getSetCookie().map((l) => l.split(";")[0]).join("; ");
  const button = /<button[^>]*name="([^"]+)"[^>]*>Add one/.exec(page)![1]!.replace(/&#36;/g, "$");
  const post = async (fields: [string, string][]) => {
    const form = new URLSearchParams([["_sluice_session", sessionId], ["_sluice_last", String(last)], ...fields]);
    const t0 = performance.now();
    const r = await s.hono.request("http://127.0.0.1/_sluice/rerun", { method: "POST", body: form.toString(), headers: { ...FORM, ...BROWSER, cookie } });
    const bytes = Buffer.from(await r.arrayBuffer());
    const ms = performance.now() - t0;
    if (r.status !== 200) throw new Error(`bench: pages post answered ${r.status}`);
    const text = decode(bytes, r.headers.get("content-encoding"));
    last = lastId(text) || last;
    return { ms, wire: bytes.length, raw: Buffer.byteLength(text) };
  };
  const query = { ms: [] as number[], wire: [] as number[], raw: [] as number[] };
  for (let i = 0; i < o.posts; i++) {
    const r = await post([[button, "1"]]);
    query.ms.push(r.ms), query.wire.push(r.wire), query.raw.push(r.raw);
  }
  const sw = { ms: [] as number[], wire: [] as number[], raw: [] as number[] };
  for (let i = 0; i < o.posts; i++) {
    const r = await post([["_sluice_page", i % 2 ? "/" : "/costs"]]);
    sw.ms.push(r.ms), sw.wire.push(r.wire), sw.raw.push(r.raw);
  }
  const load = { ms: [] as number[], wire: [] as number[], raw: [] as number[] };
  for (let i = 0; i < Math.min(o.posts, 20); i++) {
    const t0 = performance.now();
    const r = await s.hono.request("http://127.0.0.1/costs", { headers: BROWSER });
    const bytes = Buffer.from(await r.arrayBuffer());
    load.ms.push(performance.now() - t0), load.wire.push(bytes.length), load.raw.push(Buffer.byteLength(decode(bytes, r.headers.get("content-encoding"))));
  }
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    name: "pages",
    rows: [
      { measure: "page switch in the session: bytes per post, wire / raw", value: `${fmtBytes(avg(sw.wire))} / ${fmtBytes(avg(sw.raw))}`, aim: "less than loading the page", ok: avg(sw.wire) < avg(load.wire) },
      { measure: "loading that page afresh (GET): bytes, wire / raw", value: `${fmtBytes(avg(load.wire))} / ${fmtBytes(avg(load.raw))}`, aim: "informational", ok: null },
      { measure: "page switch: server time per post (median)", value: fmtMs(median(sw.ms)), aim: "informational", ok: null },
      { measure: "page GET: server time (median)", value: fmtMs(median(load.ms)), aim: "informational", ok: null },
      { measure: "queryParams write: bytes per post, wire / raw", value: `${fmtBytes(avg(query.wire))} / ${fmtBytes(avg(query.raw))}`, aim: "< 1 kB raw (the URL marker, not the nav)", ok: avg(query.raw) < 1000 },
      { measure: "queryParams write: server time per post (median)", value: fmtMs(median(query.ms)), aim: "informational", ok: null },
    ],
    data: { sw, load, query },
  };
}
