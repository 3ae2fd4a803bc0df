// Measure 1: server-side rerun latency (post received → last fragment written, read to the end of the SSE body)
// through hono.request in memory, and the pure core (AppSession.rerun, no HTTP) to separate framework from HTTP cost.
import { AppSession } from "../src/session/session.ts";
import { htmlRenderer } from "../src/server/render.tsx";
import { stFactory } from "../src/elements/index.ts";
import { randomId } from "../src/util/hash.ts";
import type { sluice } from "../src/gen/proto.js";
import referenceApp from "./reference-app.ts";
import { FORM, fmtInt, fmtMs, lastSseId, openSession, percentile, referenceServer, sliderBody, type Result } from "./util.ts";

export interface RerunOptions {
  iterations: number;
  warmup: number;
}

interface Timing {
  p50: number;
  p99: number;
  mean: number;
  perSecond: number;
}

const summarize = (samples: number[], wallMs: number): Timing => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    perSecond: (samples.length / wallMs) * 1000,
  };
};

/** 5,000 slider changes on one session, each a POST /_sluice/rerun read to the end of its SSE body. */
async function overHttp(o: RerunOptions): Promise<Timing & { sseBytes: number }> {
  const server = referenceServer();
  const { info } = await openSession(server);
  const url = "http://127.0.0.1/_sluice/rerun";
  const samples: number[] = [];
  let sseBytes = 0;
  let wallStart = 0;
  for (let i = 0; i < o.warmup + o.iterations; i++) {
    if (i === o.warmup) wallStart = performance.now();
    const body = sliderBody(info, (i % 1000) + 1);
    const t0 = performance.now();
    const res = await server.hono.request(url, { method: "POST", body, headers: { ...FORM, cookie: info.cookie } });
    const text = await res.text();
    const t1 = performance.now();
    if (res.status !== 200) throw new Error(`bench: rerun answered ${res.status}: ${text.slice(0, 200)}`);
    info.lastEventId = lastSseId(text) || info.lastEventId;
    if (i >= o.warmup) {
      samples.push(t1 - t0);
      sseBytes += text.length;
    }
  }
  const wall = performance.now() - wallStart;
  return { ...summarize(samples, wall), sseBytes: sseBytes / samples.length };
}

/** The same changes straight into AppSession.rerun: runner + diff + render + event log, no routing or form decoding. */
async function core(o: RerunOptions): Promise<Timing> {
  const session = new AppSession(randomId(16), referenceApp, { eventLogSize: 256, renderer: htmlRenderer, factory: stFactory });
  await session.rerun({ widgetStates: null });
  const defs = [...session.state.registry.values()];
  const slider = defs.find((d) => d.kind === "slider");
  if (!slider) throw new Error("bench: the reference app has no slider");
  const others = defs.filter((d) => d !== slider).map((d) => ({ id: d.id, ...d.toState(d.defaultValue) }));
  let delivered = 0;
  session.attach({ kind: "stream", send: (e) => void (delivered += e.data.length), close: () => {} }, session.seq);
  const samples: number[] = [];
  let wallStart = 0;
  for (let i = 0; i < o.warmup + o.iterations; i++) {
    if (i === o.warmup) wallStart = performance.now();
    const widgetStates: sluice.IWidgetState[] = [{ id: slider.id, ...slider.toState(slider.fromForm([String((i % 1000) + 1)])) }, ...others];
    const t0 = performance.now();
    await session.rerun({ widgetStates });
    const t1 = performance.now();
    if (i >= o.warmup) samples.push(t1 - t0);
  }
  const wall = performance.now() - wallStart;
  if (delivered === 0) throw new Error("bench: the core produced no events");
  return summarize(samples, wall);
}

export async function measureRerun(o: RerunOptions): Promise<Result> {
  const http = await overHttp(o);
  const pure = await core(o);
  return {
    name: "rerun",
    rows: [
      { measure: "1. rerun latency p50 (HTTP, in memory)", value: fmtMs(http.p50), aim: "< 1 ms", ok: http.p50 < 1 },
      { measure: "1. rerun latency p99 (HTTP, in memory)", value: fmtMs(http.p99), aim: "-", ok: null },
      { measure: "1. reruns/s, one session, sequential (HTTP)", value: fmtInt(http.perSecond), aim: "> 2,000/s", ok: http.perSecond > 2000 },
      { measure: "1. core rerun p50 (AppSession.rerun)", value: fmtMs(pure.p50), aim: "-", ok: null },
      { measure: "1. core rerun p99 (AppSession.rerun)", value: fmtMs(pure.p99), aim: "-", ok: null },
      { measure: "1. core reruns/s (AppSession.rerun)", value: fmtInt(pure.perSecond), aim: "-", ok: null },
      { measure: "1. HTTP share of p50 (HTTP - core)", value: fmtMs(Math.max(0, http.p50 - pure.p50)), aim: "-", ok: null },
    ],
    data: { iterations: o.iterations, warmup: o.warmup, http, core: pure },
  };
}
