// Compression by Accept-Encoding: the page, rerun answers (one piece and streamed), the tab's stream and the
// precompressed static assets, decompressed and checked; identity without Accept-Encoding; and streaming still
// streams when compressed (each event is flushed as written: the first arrives while the run is still going).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { brotliDecompressSync, createBrotliDecompress, createGunzip, gunzipSync } from "node:zlib";
import { assets } from "../../src/gen/assets.ts";
import { zlibCompressor } from "../../src/adapters/zlib.ts";
import { referenceApp } from "../fixtures/apps.ts";
import { FORM, httpTest, parsePage, parseSse, type Client } from "./harness.ts";

const BROWSER = "gzip, deflate, br";
interface Raw {
  status: number;
  headers: Headers;
  /** The body exactly as it came over the wire (still encoded). */
  bytes: Buffer;
}

/** A request whose body is read raw (fetch would decode it): node:http on the real server, hono.request in memory. */
async function raw(c: Client, path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Raw> {
  if (c.mode === "memory") {
    const res = await c.request(path, init);
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  }
  const res = await open(c, path, init);
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return { status: res.statusCode!, headers: headersOf(res), bytes: Buffer.concat(chunks) };
}

function open(c: Client, path: string, init: { method?: string; body?: string; headers?: Record<string, string> }): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    // Sessions are bound to the browser cookie: carry this client's jar, and keep what the server sets.
    const headers = { ...init.headers, ...(c.jar.size ? { cookie: c.cookieHeader() } : {}) };
    const req = httpRequest({ host: "127.0.0.1", port: c.port, path, method: init.method ?? "GET", headers }, (res) => {
      for (const line of res.headers["set-cookie"] ?? []) {
        const m = /^([^=;\s]+)=([^;]*)/.exec(line);
        if (m && m[2]) c.jar.set(m[1]!, m[2]!);
      }
      resolve(res);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

const headersOf = (res: IncomingMessage) => new Headers(Object.entries(res.headers).map(([k, v]) => [k, String(v)] as [string, string]));
const decode = (r: Raw) => {
  const enc = r.headers.get("content-encoding");
  return (enc === "br" ? brotliDecompressSync(r.bytes) : enc === "gzip" ? gunzipSync(r.bytes) : r.bytes).toString("utf8");
};

/** Both modes compress with the runtime's flushing compressor (the real server's adapter sets it; memory: here). */
const options = () => ({ app: referenceApp().app });
const withZlib = (c: Client) => c.server.setCompressor(zlibCompressor);

httpTest("the page is compressed by Accept-Encoding (br, then gzip), and identity without it", options, async (c) => {
  withZlib(c);
  for (const [accept, expected] of [[BROWSER, "br"], ["gzip", "gzip"], ["gzip;q=1, br;q=0.5", "gzip"], ["br;q=0, gzip", "gzip"], ["*", "br"], ["identity", null], [null, null]] as const) {
    const r = await raw(c, "/", { headers: accept === null ? {} : { "accept-encoding": accept } });
    assert.is(r.status, 200);
    assert.is(r.headers.get("content-encoding"), expected, `Accept-Encoding: ${accept}`);
    assert.match(r.headers.get("vary") ?? "", /Accept-Encoding/i);
    const page = parsePage(decode(r));
    assert.ok(page.sessionId, "the decoded page is whole");
    assert.ok(page.doc.querySelector("form") && decode(r).trimEnd().endsWith("</html>"));
    if (expected) assert.ok(r.bytes.length < decode(r).length / 2, `compressed: ${r.bytes.length} of ${decode(r).length} bytes`);
  }
});

httpTest("a rerun answer in one piece is compressed whole, with its compressed length", options, async (c) => {
  withZlib(c);
  const page = parsePage(decode(await raw(c, "/")));
  const name = page.nameOf("Pick a number");
  for (const enc of ["br", "gzip"]) {
    const body = new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_last", "0"], [name, String(enc === "br" ? 61 : 62)]]).toString();
    const r = await raw(c, "/_sluice/rerun", { method: "POST", body, headers: { ...FORM, "accept-encoding": enc } });
    assert.is(r.status, 200);
    assert.is(r.headers.get("content-encoding"), enc);
    assert.is(Number(r.headers.get("content-length")), r.bytes.length);
    const events = parseSse(decode(r));
    assert.ok(events.length > 0 && events.some((e) => e.data.includes(enc === "br" ? "61" : "62")));
  }
  const plain = await raw(c, "/_sluice/rerun", { method: "POST", body: new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_last", "0"], [name, "63"]]).toString(), headers: FORM });
  assert.is(plain.headers.get("content-encoding"), null);
  assert.ok(parseSse(plain.bytes.toString("utf8")).some((e) => e.data.includes("63")));
});

httpTest("static assets are served precompressed, with an ETag per encoding, and 304 on a match", options, async (c) => {
  const js = assets["sluice.js"]!;
  for (const [accept, enc] of [[BROWSER, "br"], ["gzip", "gzip"], [null, null]] as const) {
    const r = await raw(c, `/_sluice/static/sluice.js?v=${js.hash}`, { headers: accept ? { "accept-encoding": accept } : {} });
    assert.is(r.status, 200);
    assert.is(r.headers.get("content-encoding"), enc);
    assert.is(decode(r), js.body);
    const etag = r.headers.get("etag")!;
    assert.is(etag, enc ? `"${js.hash}-${enc}"` : `"${js.hash}"`);
    assert.match(r.headers.get("vary") ?? "", /Accept-Encoding/i);
    const again = await raw(c, `/_sluice/static/sluice.js?v=${js.hash}`, { headers: { ...(accept ? { "accept-encoding": accept } : {}), "if-none-match": etag } });
    assert.is(again.status, 304);
    assert.is(again.bytes.length, 0);
  }
  const br = await raw(c, "/_sluice/static/sluice.js", { headers: { "accept-encoding": BROWSER } });
  assert.ok(br.bytes.length < js.body.length / 2.5, `${br.bytes.length} bytes on the wire for ${js.body.length}`);
});

// Over a real socket: a compressed stream must still deliver each event as it is written.
const gatedApp = () => {
  const gate = { open: () => {} };
  return {
    gate,
    options: () => ({
      app: async (st: any) => {
        if (st.checkbox("Slow")) {
          st.text("first");
          await new Promise<void>((r) => (gate.open = r));
          st.text("second");
        }
      },
    }),
  };
};

/** Decodes a compressed response as its bytes arrive; `until(test)` waits until the text so far passes `test`. */
function decoding(res: IncomingMessage) {
  const enc = res.headers["content-encoding"];
  const decoder = enc === "br" ? createBrotliDecompress() : enc === "gzip" ? createGunzip() : null;
  let text = "";
  let check = () => {};
  const source = decoder ? res.pipe(decoder) : res;
  source.on("data", (d: Buffer) => {
    text += d.toString("utf8");
    check();
  });
  return {
    until(test: (text: string) => boolean, ms = 4000): Promise<string> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not flushed: only ${JSON.stringify(text.slice(0, 200))} within ${ms} ms`)), ms);
        check = () => {
          if (!test(text)) return;
          clearTimeout(timer);
          resolve(text);
        };
        check();
      });
    },
  };
}

for (const enc of ["br", "gzip"] as const) {
  const { gate, options: gated } = gatedApp();
  httpTest(`a streamed rerun compressed with ${enc} delivers its first event before the run ends`, gated, async (c) => {
    if (c.mode === "memory") return; // flushing over a socket is the point
    const page = parsePage(await (await c.request("/")).text());
    const slow = page.nameOf("Slow");
    const body = new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_last", String(page.lastEventId)], [slow, "0"], [slow, "1"]]).toString();
    const res = await open(c, "/_sluice/rerun", { method: "POST", body, headers: { ...FORM, "accept-encoding": enc } });
    assert.is(res.headers["content-encoding"], enc);
    assert.is(res.headers["content-length"], undefined, "streamed, not one piece");
    const decoded = decoding(res);
    const first = await decoded.until((t) => t.includes("first"));
    assert.not.ok(first.includes("second"), "the first element arrived while the run was still going");
    gate.open();
    const all = await decoded.until((t) => t.includes("second"));
    assert.ok(all.includes("second"));
  });

  httpTest(`the tab's stream compressed with ${enc} delivers each event as written`, options, async (c) => {
    if (c.mode === "memory") return;
    const page = parsePage(await (await c.request("/")).text());
    const res = await open(c, `/_sluice/stream`, { headers: { "accept-encoding": enc, "x-sluice-session": page.sessionId } });
    assert.is(res.headers["content-encoding"], enc);
    assert.match(String(res.headers["content-type"]), /^text\/event-stream/);
    const text = await decoding(res).until((t) => /retry: \d+/.test(t)); // the stream stays open: only a flush delivers this
    assert.match(text, /retry: 1000/);
    res.destroy(); // the tab goes away mid-stream: the server carries on
    await new Promise((r) => setTimeout(r, 100));
    assert.is((await c.request("/_sluice/health")).status, 200);
  });
}

httpTest("a browser's event stream gets gzip (a small state for a long-lived stream), its page brotli", options, async (c) => {
  if (c.mode === "memory") return;
  const page = parsePage(await (await c.request("/")).text());
  const res = await open(c, `/_sluice/stream`, { headers: { "accept-encoding": BROWSER, "x-sluice-session": page.sessionId } });
  assert.is(res.headers["content-encoding"], "gzip");
  assert.match(await decoding(res).until((t) => /retry: \d+/.test(t)), /retry: 1000/);
  res.destroy();
  assert.is((await raw(c, "/", { headers: { "accept-encoding": BROWSER } })).headers.get("content-encoding"), "br");
});

test.run();
