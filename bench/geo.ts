// Maps and Graphviz: first and cached render time and bytes for a 1,000-point st.map and a 50-node
// st.graphvizChart. "first" includes loading the outline / compiling the wasm once per process; "again" is a
// render of new content with both loaded; "cached" is the template reading the prepare cache (what every other
// session and an unchanged rerun pay).
import { gzipSync } from "node:zlib";
import { prepareData } from "../src/data/index.ts";
import { clearPrepared, elementPreparers } from "../templates/prepare.ts";
import MapChart, { mapHtml } from "../templates/elements/map.tsx";
import GraphvizChart from "../templates/elements/graphviz_chart.tsx";
import { loadWorld } from "../src/geo/world.ts";
import { loadViz } from "../src/geo/graphviz.ts";
import { fmtBytes, fmtMs, median, type Result, type Row } from "./util.ts";

/** Deterministic points around Europe, with a name and a value column (as an app's data would have). */
function points(n: number, seed: number) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, (_, i) => ({ name: `site ${i}`, lat: 36 + rnd() * 24, lon: -10 + rnd() * 40, visits: Math.round(rnd() * 1000) }));
}

const mapEl = (seed: number) => ({
  data: prepareData(points(1000, seed)).bytes, latitude: "lat", longitude: "lon", sizeColumn: "", size: 2000, colorColumn: "", color: "",
  width: 700, height: 500, useContainerWidth: true,
});

/** A 50-node DOT graph: a layered pipeline with cross links. */
function dot(seed: number): string {
  const lines = ["digraph G {", `label="Bench ${seed}";`, "rankdir=LR;"];
  for (let i = 0; i < 50; i++) lines.push(`n${i} [label="step ${i}"];`);
  for (let i = 1; i < 50; i++) lines.push(`n${Math.floor((i - 1) / 2)} -> n${i};`, ...(i % 7 === 0 ? [`n${i} -> n${(i * 3 + seed) % 50};`] : []));
  return lines.concat("}").join("\n");
}

const time = async (fn: () => unknown) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

export async function measureGeo(o: { rounds: number }): Promise<Result> {
  clearPrepared();
  const rows: Row[] = [];
  const row = (measure: string, value: string) => rows.push({ measure, value, aim: "", ok: null });

  // Map.
  const first = mapEl(1);
  const mapFirst = await time(() => elementPreparers.map!(first));
  const again: number[] = [];
  for (let r = 0; r < o.rounds; r++) {
    const el = mapEl(100 + r);
    again.push(await time(() => elementPreparers.map!(el)));
  }
  const cached: number[] = [];
  for (let r = 0; r < o.rounds * 10; r++) cached.push(await time(() => String(MapChart({ el: first as never, id: "x" }))));
  const html = mapHtml(first as never, await loadWorld());
  const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
  row("map 1,000 points: first render (loads the outline)", fmtMs(mapFirst));
  row("map 1,000 points: render, outline loaded (median)", fmtMs(median(again)));
  row("map 1,000 points: cached render (median)", fmtMs(median(cached)));
  row("map 1,000 points: SVG / with data table / gzip", `${fmtBytes(svg.length)} / ${fmtBytes(html.length)} / ${fmtBytes(gzipSync(html).length)}`);

  // Graph.
  const g = { spec: dot(0), useContainerWidth: false };
  const gFirst = await time(() => elementPreparers.graphvizChart!(g));
  const gAgain: number[] = [];
  for (let r = 0; r < o.rounds; r++) {
    const el = { spec: dot(r + 1), useContainerWidth: false };
    gAgain.push(await time(() => elementPreparers.graphvizChart!(el)));
  }
  const gCached: number[] = [];
  for (let r = 0; r < o.rounds * 10; r++) gCached.push(await time(() => String(GraphvizChart({ el: g as never, id: "x" }))));
  const gHtml = String(GraphvizChart({ el: g as never, id: "x" }));
  const gSvg = gHtml.slice(gHtml.indexOf("<svg"), gHtml.indexOf("</svg>") + 6);
  row("graph 50 nodes: first render (compiles the wasm)", fmtMs(gFirst));
  row("graph 50 nodes: render, wasm loaded (median)", fmtMs(median(gAgain)));
  row("graph 50 nodes: cached render (median)", fmtMs(median(gCached)));
  row("graph 50 nodes: SVG / with text / gzip", `${fmtBytes(gSvg.length)} / ${fmtBytes(gHtml.length)} / ${fmtBytes(gzipSync(gHtml).length)}`);
  await loadViz();
  clearPrepared();
  return {
    name: "geo",
    rows,
    data: { mapFirst, mapAgain: median(again), mapCached: median(cached), mapSvgBytes: svg.length, mapHtmlBytes: html.length, graphFirst: gFirst, graphAgain: median(gAgain), graphCached: median(gCached), graphSvgBytes: gSvg.length, graphHtmlBytes: gHtml.length },
  };
}
