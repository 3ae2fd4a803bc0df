// The floor for measure 5: a hand-written hono + htmx 4 + hx-sse page with the reference app's widgets and no
// framework. The slider's form posts; the answer is an SSE body with one <hx-partial> that updates the text.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { CITIES, STATIC_TEXTS } from "../reference-app.ts";

const require = createRequire(import.meta.url);
const htmxJs = readFileSync(require.resolve("htmx.org/dist/htmx.min.js"), "utf8");
const sseJs = readFileSync(require.resolve("htmx.org/dist/ext/hx-sse.min.js"), "utf8");

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function page(): string {
  const statics = Array.from({ length: STATIC_TEXTS }, (_, i) => `<pre>Static line number ${i}: the quick brown fox jumps over the lazy dog.</pre>`).join("");
  const options = CITIES.map((c, i) => `<option value="${i}"${i === 0 ? " selected" : ""}>${esc(c)}</option>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>
<script src="/htmx.min.js"></script><script src="/hx-sse.min.js"></script></head><body>
<form id="f" hx-post="/rerun" hx-trigger="change" hx-swap="none">
<label for="slider">Value</label><input type="range" id="slider" name="n" min="0" max="1000" step="1" value="0">
<pre id="out">Value is 0</pre>
<label for="city">City</label><select id="city" name="city">${options}</select>
<label for="name">Name</label><input type="text" id="name" name="name" value="">
${statics}
</form></body></html>`;
}

export function createBare(): Hono {
  const app = new Hono();
  const js = (body: string) => new Response(body, { headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "max-age=3600" } });
  app.get("/htmx.min.js", () => js(htmxJs));
  app.get("/hx-sse.min.js", () => js(sseJs));
  app.get("/", (c) => c.html(page()));
  let seq = 0;
  app.post("/rerun", async (c) => {
    const form = await c.req.parseBody();
    const n = Number(form["n"] ?? 0);
    return streamSSE(c, async (stream) => {
      await stream.writeSSE({ id: String(++seq), data: `<hx-partial hx-target="#out" hx-swap="innerHTML">Value is ${n}</hx-partial>` });
    });
  });
  return app;
}
