// Charts: a line chart of 1,000 points (first render in the process, a render of new data once warm, a cached
// render, its SVG bytes raw and gzipped) and an app of ten charts where one slider changes one chart (rerun time,
// bytes on the wire, charts in the answer: only the one that changed).
import { gunzipSync, gzipSync } from "node:zlib";
import { zlibCompressor } from "../src/adapters/zlib.ts";
import { createApp } from "../src/server/index.ts";
import type { St } from "../src/elements/index.ts";
import { AppTest } from "../src/testing/index.ts";
import type { Patch } from "../src/diff/diff.ts";
import { Node, toHtml } from "../templates/node.tsx";
import { clearPrepared, preparePatches } from "../templates/prepare.ts";
import { FORM, fmtBytes, fmtMs, median, type Result } from "./util.ts";

const points = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ({ t: i, v: Math.round(500 + 400 * Math.sin((i + seed) / 37)) }));

/** The chart element a run writes, as a patch the renderer gets. */
async function chartPatch(seed: number): Promise<Patch> {
  const at = await AppTest.fromFunction((st) => st.lineChart(points(1000, seed), { x: "t", y: "v" })).run();
  const c = at.lineChart[0]!;
  return { op: "upsert", key: "0.0", path: [0, 0], existed: false, delta: "element", type: "vegaLiteChart", message: { vegaLiteChart: c.proto } };
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const tenCharts = (st: St) => {
  const k = st.slider("k", { minValue: 1, maxValue: 100, value: 1 });
  for (let i = 0; i < 10; i++) st.lineChart(points(100, i * 1000 + (i === 3 ? k : 0)), { x: "t", y: "v" });
};

export async function measureCharts(o: { renders: number; reruns: number }): Promise<Result> {
  clearPrepared();
  const first = await chartPatch(0);
  const firstMs = await timed(() => preparePatches([first]));
  const html = toHtml(Node({ node: first as any }));
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)![0];
  const warm: number[] = [];
  for (let i = 1; i <= o.renders; i++) {
    const p = await chartPatch(i);
    warm.push(await timed(() => preparePatches([p])));
  }
  const cached: number[] = [];
  for (let i = 0; i < 20; i++) cached.push(await timed(() => (preparePatches([first]), toHtml(Node({ node: first as any })))));

  const server = createApp({ app: tenCharts, title: "charts bench", config: { server: { unjoinedSessionTtl: 3600 } } });
  server.setCompressor(zlibCompressor);
  const res = await server.hono.request("http://127.0.0.1/");
  const page = await res.text();
  const cookie = res.headers.getSetCookie().map((l) => l.split(";")[0]).join("; ");
  const session = /name="_sluice_session" value="([0-9a-f]+)"/.exec(page)![1]!;
  const slider = /<input type="range"[^>]* name="([^"]+)"/.exec(page)![1]!.replace(/&amp;/g, "&");
  let last = Number(/name="_sluice_last" id="sl-last" value="(\d+)"/.exec(page)![1]);
  const rerunMs: number[] = [];
  const wire: number[] = [];
  const raw: number[] = [];
  let chartsSent = 0;
  for (let i = 0; i < o.reruns; i++) {
    const body = new URLSearchParams({ _sluice_session: session, _sluice_last: String(last), [slider]: String(2 + i) }).toString();
    const t = performance.now();
    const r = await server.hono.request("http://127.0.0.1/_sluice/rerun", { method: "POST", body, headers: { ...FORM, cookie, "accept-encoding": "gzip" } });
    const bytes = new Uint8Array(await r.arrayBuffer());
    rerunMs.push(performance.now() - t);
    wire.push(bytes.length);
    const text = new TextDecoder().decode(r.headers.get("content-encoding") === "gzip" ? gunzipSync(bytes) : bytes);
    raw.push(Buffer.byteLength(text));
    chartsSent = Math.max(chartsSent, (text.match(/class="sl-chart"/g) ?? []).length);
    for (const m of text.matchAll(/^id: (\d+)$/gm)) last = Math.max(last, Number(m[1]));
  }
  const rows = [
    { measure: "charts: 1,000-point line, first render in process", value: fmtMs(firstMs), aim: "info (loads vega)", ok: null },
    { measure: "charts: 1,000-point line, render of new data", value: fmtMs(median(warm)), aim: "info", ok: null },
    { measure: "charts: 1,000-point line, cached (prepare + template)", value: fmtMs(median(cached)), aim: "info", ok: null },
    { measure: "charts: 1,000-point line SVG, raw / gzip", value: `${fmtBytes(svg.length)} / ${fmtBytes(gzipSync(svg).length)}`, aim: "info", ok: null },
    { measure: "charts: 10 charts, slider changes one: rerun", value: fmtMs(median(rerunMs)), aim: "info", ok: null },
    { measure: "charts: 10 charts, slider changes one: wire / raw", value: `${fmtBytes(median(wire))} / ${fmtBytes(median(raw))}`, aim: "info", ok: null },
    { measure: "charts: charts in that rerun's answer", value: String(chartsSent), aim: "1", ok: chartsSent === 1 },
  ];
  return { name: "charts", rows, data: { firstMs, warm, cached, svgBytes: svg.length, rerunMs, wire, raw, chartsSent } };
}
