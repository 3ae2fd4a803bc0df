// Data editor: one cell edit in a 1,000-row × 4-column editor, posted as the glue posts it (the edit state and
// the one changed cell): rerun time (post → end of answer) and bytes of the answer on the wire and uncompressed,
// against the page; and the size of the post itself next to a no-JavaScript Apply (every cell).
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { zlibCompressor } from "../src/adapters/zlib.ts";
import { createApp } from "../src/server/index.ts";
import type { St } from "../src/elements/index.ts";
import { FORM, fmtBytes, fmtMs, lastSseId, median, type Result } from "./util.ts";

const ROWS = 1000;
const data = Array.from({ length: ROWS }, (_, i) => ({ item: `Item ${i}`, price: Math.round(i * 137) / 100, qty: i % 50, active: i % 3 === 0 }));
const app = (st: St) => {
  const rows = st.dataEditor(data, { key: "stock" });
  st.text(`Total quantity ${rows.reduce((n, r) => n + r.qty, 0)}`);
};
const BROWSER = { "accept-encoding": "gzip, deflate, br" };

async function wire(res: Response): Promise<{ wire: number; text: string }> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const enc = res.headers.get("content-encoding");
  return { wire: bytes.length, text: (enc === "br" ? brotliDecompressSync(bytes) : enc === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8") };
}

const attr = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export async function measureDataEditor(o: { edits: number }): Promise<Result> {
  const server = createApp({ app, title: "sluice bench", config: { server: { unjoinedSessionTtl: 3600 } } });
  server.setCompressor(zlibCompressor);
  const first = await server.hono.request("http://127.0.0.1/", { headers: BROWSER });
  const cookie = first.headers.getSetCookie().map((l) => l.split(";")[0]).join("; ");
  const page = await wire(first);
  const sessionId = /name="_sluice_session" value="([0-9a-f]+)"/.exec(page.text)![1]!;
  let last = Number(/name="_sluice_last" id="sl-last" value="(\d+)"/.exec(page.text)![1]);
  const stateField = /<input type="hidden" name="(\$\$ID-[^"]+-stock)" value="([^"]*)"/.exec(page.text)!;
  const name = attr(stateField[1]!);
  let state = attr(stateField[2]!);
  // A no-JavaScript Apply posts every field of the form: the state and every cell.
  const allCells = [...page.text.matchAll(/<input type="(?:text|number|hidden)" value="([^"]*)"[^>]* name="([^"]+\[\d+\.\d+\])"/g)].map((m) => [attr(m[2]!), attr(m[1]!)]);
  const noJsBody = new URLSearchParams([["_sluice_session", sessionId], [name, state], ...allCells]).toString();
  const times: number[] = [];
  let wireBytes = 0;
  let rawBytes = 0;
  let postBytes = 0;
  for (let i = 0; i < o.edits; i++) {
    const body = new URLSearchParams([
      ["_sluice_session", sessionId],
      ["_sluice_last", String(last)],
      [name, state],
      [`${name}[${i % ROWS}.2]`, String(100 + i)],
    ]).toString();
    const t0 = performance.now();
    const res = await server.hono.request("http://127.0.0.1/_sluice/rerun", { method: "POST", body, headers: { ...FORM, ...BROWSER, cookie } });
    const answer = await wire(res);
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`bench: the edit was answered ${res.status}`);
    last = Math.max(last, lastSseId(answer.text));
    const m = /<input type="hidden" name="\$\$ID-[^"]+-stock" value="([^"]*)"/.exec(answer.text);
    if (!m) throw new Error("bench: the answer did not re-render the editor");
    state = attr(m[1]!);
    wireBytes += answer.wire;
    rawBytes += Buffer.byteLength(answer.text);
    postBytes += body.length;
  }
  server.shutdown();
  const n = o.edits;
  return {
    name: "data_editor",
    rows: [
      { measure: `data editor ${ROWS}×4: one cell edit, rerun (median)`, value: fmtMs(median(times)), aim: "informational", ok: null },
      { measure: "data editor: one cell edit, answer on the wire / uncompressed", value: `${fmtBytes(wireBytes / n)} / ${fmtBytes(rawBytes / n)}`, aim: "informational", ok: null },
      { measure: "data editor: the edit's post (JS) / a no-JS Apply", value: `${fmtBytes(postBytes / n)} / ${fmtBytes(noJsBody.length)}`, aim: "informational", ok: null },
      { measure: "data editor: first page on the wire / uncompressed", value: `${fmtBytes(page.wire)} / ${fmtBytes(Buffer.byteLength(page.text))}`, aim: "informational", ok: null },
    ],
    data: { rows: ROWS, medianMs: median(times), answerWire: wireBytes / n, answerRaw: rawBytes / n, postBytes: postBytes / n, noJsPostBytes: noJsBody.length, pageWire: page.wire, pageRaw: Buffer.byteLength(page.text) },
  };
}
