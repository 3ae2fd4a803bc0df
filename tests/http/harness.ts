// Every HTTP test runs twice: against the hono app in memory (`hono.request`) and against a real Node server on a
// random port of 127.0.0.1. `httpTest(title, setup, fn)` registers both; fn gets a Client that hides which one it is.
// A Client keeps cookies as one browser does (a session is bound to the browser cookie that created it).
import { request as httpRequest } from "node:http";
import { test } from "uvu";
import { parseHTML } from "linkedom";
import { createApp, type AppOptions, type SluiceServer } from "../../src/server/app.ts";
import { serve } from "../../src/adapters/node.ts";

export interface Client {
  readonly mode: "memory" | "node";
  /** The real server's port (node mode). */
  readonly port?: number;
  readonly server: SluiceServer;
  /** A request to `path` with this client's cookies (a `cookie` header in init adds to them); redirects are not followed. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The cookies this client holds, by name (set by the server's answers). */
  readonly jar: Map<string, string>;
  /** The jar as a `cookie` header value. */
  cookieHeader(): string;
  /** Another browser of the same server: an empty cookie jar. */
  otherBrowser(): Client;
}

type Send = (path: string, init?: RequestInit) => Promise<Response>;

function makeClient(base: Pick<Client, "mode" | "port" | "server">, send: Send): Client {
  const jar = new Map<string, string>();
  const client: Client = {
    ...base,
    jar,
    cookieHeader: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    otherBrowser: () => makeClient(base, send),
    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      const own = client.cookieHeader();
      const extra = headers.get("cookie");
      if (own || extra) headers.set("cookie", [own, extra].filter(Boolean).join("; "));
      const res = await send(path, { ...init, headers });
      for (const line of res.headers.getSetCookie()) {
        const m = /^([^=;\s]+)=([^;]*)/.exec(line);
        if (!m) continue;
        if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(line) || m[2] === "") jar.delete(m[1]!);
        else jar.set(m[1]!, m[2]!);
      }
      return res;
    },
  };
  return client;
}

export function httpTest(title: string, options: () => AppOptions, fn: (c: Client) => Promise<void>): void {
  test(`${title} [memory]`, async () => {
    const server = createApp(options());
    await fn(makeClient({ mode: "memory", server }, (path, init) => Promise.resolve(server.hono.request(path, init))));
  });
  test(`${title} [node]`, async () => {
    const server = createApp(options());
    const listening = await serve(server, { port: 0, hostname: "127.0.0.1" });
    try {
      await fn(makeClient({ mode: "node", server, port: listening.port }, (path, init) => fetch(`http://127.0.0.1:${listening.port}${path}`, { redirect: "manual", ...init })));
    } finally {
      await listening.close();
    }
  });
}

export interface Page {
  doc: Document;
  sessionId: string;
  lastEventId: number;
  /** The form field name of the control a label (or legend) names. */
  nameOf(label: string): string;
}

export function parsePage(html: string): Page {
  const doc = parseHTML(html).document as unknown as Document;
  const field = (name: string) => (doc.querySelector(`input[name="${name}"]`) as HTMLInputElement | null)?.getAttribute("value") ?? "";
  return {
    doc,
    sessionId: field("_sluice_session"),
    lastEventId: Number(field("_sluice_last")),
    nameOf(label) {
      const l = [...doc.querySelectorAll("label, legend, button")].find((x) => x.textContent?.trim() === label);
      if (!l) throw new Error(`no control labelled "${label}"`);
      if (l.tagName === "BUTTON") return l.getAttribute("name")!;
      const control = l.tagName === "LEGEND" ? l.parentElement!.querySelector("input:not([type=hidden])") : doc.getElementById(l.getAttribute("for")!);
      // A control with no name of its own (a multiselect's combobox) stands for its widget's posted fields.
      return control!.getAttribute("name") ?? control!.closest(".sl-el")!.querySelector("[name]:not([type=hidden])")!.getAttribute("name")!;
    },
  };
}

export async function openPage(c: Client, init?: RequestInit): Promise<Page> {
  const res = await c.request("/", init);
  if (res.status !== 200) throw new Error(`GET / answered ${res.status}`);
  return parsePage(await res.text());
}

export const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** POST /_sluice/rerun with the session, the last event id and widget fields. */
export function rerun(c: Client, page: Pick<Page, "sessionId">, fields: [string, string][], o: { last?: number; headers?: Record<string, string>; path?: string } = {}) {
  const body = new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_last", String(o.last ?? 0)], ...fields]);
  return c.request(o.path ?? "/_sluice/rerun", { method: "POST", body: body.toString(), headers: { ...FORM, ...o.headers } });
}

export interface SseEvent {
  id?: number;
  event?: string;
  data: string;
}

/** Parses text/event-stream text (comments dropped). */
export function parseSse(text: string): SseEvent[] {
  const out: SseEvent[] = [];
  for (const block of text.split("\n\n")) {
    const e: SseEvent = { data: "" };
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (!line || line.startsWith(":")) continue;
      const i = line.indexOf(":");
      const [k, v] = i < 0 ? [line, ""] : [line.slice(0, i), line.slice(i + 1).replace(/^ /, "")];
      if (k === "data") data.push(v);
      else if (k === "id") e.id = Number(v);
      else if (k === "event") e.event = v;
    }
    if (data.length || e.id !== undefined) out.push({ ...e, data: data.join("\n") });
  }
  return out;
}

/** The swaps in an event's HTML: [tag, hx-target, hx-swap] with the element, parsed. */
export function swapsOf(html: string) {
  const { document } = parseHTML(`<html><body><div id="r">${html}</div></body></html>`);
  return [...document.getElementById("r")!.children].map((el) => ({ tag: el.tagName.toLowerCase(), target: el.getAttribute("hx-target") ?? "", swap: el.getAttribute("hx-swap") ?? "", el }));
}

/**
 * A streamed rerun answer read in two steps around a run held open by the test: `until(marker)` reads until the
 * text so far includes the marker, `rest()` to the end; each returns all the text read so far. `release` is called
 * after `ms` if the test has not finished by then, so a failed assertion never leaves the run hanging.
 */
export function stepReader(res: Response, release: () => void, ms = 3000) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const safety = setTimeout(release, ms);
  let text = "";
  const more = async () => {
    const chunk = await reader.read();
    if (!chunk.done) text += decoder.decode(chunk.value, { stream: true });
    return !chunk.done;
  };
  return {
    async until(marker: string) {
      while (!text.includes(marker) && (await more()));
      return text;
    },
    async rest() {
      try {
        while (await more());
      } finally {
        clearTimeout(safety);
      }
      return text;
    },
  };
}

/** Reads the first chunk(s) of a streaming body until `until` matches, then cancels it. */
export async function readUntil(res: Response, until: (text: string) => boolean, timeoutMs = 3000): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  try {
    while (!until(text)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; got ${JSON.stringify(text.slice(0, 300))}`);
      const chunk = await Promise.race([reader.read(), new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`timed out; got ${JSON.stringify(text.slice(0, 300))}`)), left))]);
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return text;
}

/**
 * Posts a form body of `prefix` then `total` bytes of "x", chunked (no content-length), and reports how much of it
 * was produced before the answer came. Node mode uses node:http: undici's fetch can stall on an early answer to a
 * streamed upload, which says nothing about the server.
 */
export async function postChunked(c: Client, path: string, prefix: string, total: number): Promise<{ status: number; text: string; sent: number }> {
  const chunk = new TextEncoder().encode("x".repeat(64 << 10));
  let sent = 0;
  if (c.mode === "memory") {
    const body = new ReadableStream<Uint8Array>({
      start: (ctl) => ctl.enqueue(new TextEncoder().encode(prefix)),
      pull: (ctl) => (sent >= total ? ctl.close() : ((sent += chunk.byteLength), ctl.enqueue(chunk))),
    });
    const res = await c.request(path, { method: "POST", body, headers: FORM, duplex: "half" } as RequestInit);
    return { status: res.status, text: await res.text(), sent };
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: c.port, path, method: "POST", headers: { ...FORM, "transfer-encoding": "chunked", cookie: c.cookieHeader() } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode!, text, sent }));
    });
    req.on("error", reject);
    req.write(prefix);
    const pump = () => {
      while (sent < total) {
        sent += chunk.byteLength;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}
