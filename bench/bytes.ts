// Measure 2: bytes per slider change (the SSE body of the rerun post) against the full page (GET /) and against
// the HTML of the elements that changed (the slider itself and the text showing its value) — on the wire, as a
// browser sending `Accept-Encoding: gzip, deflate, br` gets them (compressed by the server), and uncompressed.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { zlibCompressor } from "../src/adapters/zlib.ts";
import { snapshot } from "../src/diff/diff.ts";
import { renderRoots } from "../templates/tree.tsx";
import { FORM, fmtBytes, lastSseId, openSession, referenceServer, sliderBody, type Result } from "./util.ts";

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");
/** What a current browser sends. */
const BROWSER = { "accept-encoding": "gzip, deflate, br" };

/** A response's bytes as they went over the wire, and its decoded text. */
async function wire(res: Response): Promise<{ wire: number; text: string }> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const enc = res.headers.get("content-encoding");
  const text = (enc === "br" ? brotliDecompressSync(bytes) : enc === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");
  return { wire: bytes.length, text };
}

/** DOM ids of the elements a slider change must update: the slider (path [0, 0]) and its value text ([0, 1]). */
const CHANGED = ["sl-0-0", "sl-0-1"];

/** The exact source text of `<div id="…">…</div>` in `html` (balanced on div tags; templates nest only divs here). */
function outerDiv(html: string, id: string): string {
  const start = html.indexOf(`<div id="${id}"`);
  if (start < 0) throw new Error(`bench: #${id} not found in the rendered tree`);
  const tags = /<div[\s>]|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`bench: #${id} is not closed`);
}

export async function measureBytes(o: { changes: number }): Promise<Result> {
  const server = referenceServer();
  server.setCompressor(zlibCompressor); // as the Node, Bun and Deno adapters do
  const { page, info } = await openSession(server);
  // A first load on the wire: the page and the assets it links, as the browser gets them.
  const firstPage = await wire(await server.hono.request("http://127.0.0.1/", { headers: BROWSER }));
  const assetUrls = [...firstPage.text.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/_sluice\/static\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  let assetWire = 0;
  let assetRaw = 0;
  for (const url of assetUrls) {
    const a = await wire(await server.hono.request(`http://127.0.0.1${url}`, { headers: BROWSER }));
    assetWire += a.wire;
    assetRaw += utf8(a.text);
  }
  let sseWire = 0;
  const session = server.sessions.get(info.sessionId);
  if (!session) throw new Error("bench: the page's session is not in the store");
  let sse = 0;
  let payload = 0;
  let status = 0;
  let changed = 0;
  let sample = "";
  for (let i = 0; i < o.changes; i++) {
    const value = i % 2 === 0 ? 500 + i : 7 + i; // alternate between 3- and 1–2-digit values
    const res = await server.hono.request("http://127.0.0.1/_sluice/rerun", { method: "POST", body: sliderBody(info, value), headers: { ...FORM, ...BROWSER, cookie: info.cookie } });
    const got = await wire(res);
    const body = got.text;
    sseWire += got.wire;
    if (res.status !== 200) throw new Error(`bench: rerun answered ${res.status}: ${body.slice(0, 200)}`);
    info.lastEventId = lastSseId(body) || info.lastEventId;
    sse += utf8(body);
    const data = [...body.matchAll(/^data: ?(.*)$/gm)].map((m) => m[1]).join("\n");
    payload += utf8(data);
    status += utf8((data.match(/<hx-partial hx-target="#sl-status"[^>]*>[^<]*<\/hx-partial>/g) ?? []).join(""));
    // The changed elements' own HTML, as the templates render them for the current tree.
    const main = renderRoots(snapshot(session.tree))["0"] ?? "";
    for (const id of CHANGED) changed += utf8(outerDiv(main, id));
    if (i === 0) sample = body;
  }
  const n = o.changes;
  const perChange = { sse: sse / n, sseWire: sseWire / n, payload: payload / n, status: status / n, changed: changed / n };
  const pageBytes = utf8(page);
  const ratio = perChange.sse / perChange.changed;
  return {
    name: "bytes",
    rows: [
      { measure: "2. rerun answer per slider change, on the wire (br)", value: fmtBytes(perChange.sseWire), aim: "-", ok: null },
      { measure: "2. first load on the wire (page + script + styles, br)", value: fmtBytes(firstPage.wire + assetWire), aim: "-", ok: null },
      { measure: "2. first load uncompressed", value: fmtBytes(utf8(firstPage.text) + assetRaw), aim: "-", ok: null },
      { measure: "2. SSE bytes per slider change (uncompressed)", value: fmtBytes(perChange.sse), aim: "-", ok: null },
      { measure: "2. HTML of the changed elements (slider + its text)", value: fmtBytes(perChange.changed), aim: "-", ok: null },
      { measure: "2. SSE bytes / changed elements' HTML", value: `${ratio.toFixed(2)}×`, aim: "≤ 1.5×", ok: ratio <= 1.5 },
      { measure: "2. full page (GET /), uncompressed / on the wire", value: `${fmtBytes(pageBytes)} / ${fmtBytes(firstPage.wire)}`, aim: "-", ok: null },
      { measure: "2. SSE bytes / full page", value: `${((perChange.sse / pageBytes) * 100).toFixed(1)} %`, aim: "-", ok: null },
    ],
    data: {
      changes: n,
      perChange: { ...perChange, sseFraming: perChange.sse - perChange.payload, wrappersAndStatus: perChange.payload - perChange.changed },
      fullPageBytes: pageBytes,
      onTheWire: { acceptEncoding: BROWSER["accept-encoding"], page: firstPage.wire, assets: assetWire, firstLoad: firstPage.wire + assetWire, rerunPerChange: perChange.sseWire },
      ratioToChanged: ratio,
      ratioToPage: perChange.sse / pageBytes,
      sampleEvent: sample,
    },
  };
}
