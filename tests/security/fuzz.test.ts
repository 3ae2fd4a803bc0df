// Fuzzed posts with a state-integrity check: random field names, values and encodings. Every answer is a 2xx or
// a 4xx (never a 5xx, never a crash), and a refused post leaves the session exactly as it was. Seeded, so a
// failure names the post that caused it and can be replayed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { referenceApp } from "../fixtures/apps.ts";
import { httpTest, openPage, type Client, type Page } from "../http/harness.ts";

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stateOf = (c: Client, p: Page) => {
  const s = c.server.sessions.get(p.sessionId);
  if (!s) return "gone";
  return JSON.stringify({ values: [...s.state.widgetValues], user: [...s.state.user], seq: s.seq, post: s.lastPostSeq, ack: s.clientAck, fps: [...s.tree.nodes].map(([k, n]) => [k, n.fp]) });
};

const WEIRD = ["", " ", "0", "-1", "-0", "1e309", "NaN", "Infinity", "9007199254740993", "0x10", "1,5", "true", "null", "undefined", "[]", "{}", "__proto__", "constructor", "toString", "\u0000", "\ud800", "\u202e", "😀".repeat(50), "x".repeat(5000), "<script>alert(1)</script>", "%zz", "%ED%A0%80", "a\r\nb", "Oslo", "Lima", "50", "100", "101", "3.5"];

function fuzzPost(rand: () => number, page: Page, widgets: string[]): { body: BodyInit; headers: Record<string, string>; describe: string } {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const fields: [string, string][] = [];
  const session = rand();
  if (session < 0.8) fields.push(["_sluice_session", page.sessionId]);
  else if (session < 0.9) fields.push(["_sluice_session", pick(["", "0".repeat(32), page.sessionId.toUpperCase(), page.sessionId + "0", "../" + page.sessionId])]);
  else if (session < 0.95) fields.push(["_sluice_session", page.sessionId], ["_sluice_session", page.sessionId]);
  if (rand() < 0.3) fields.push(["_sluice_last", pick(WEIRD)]);
  if (rand() < 0.05) fields.push(["_sluice_seq", pick(WEIRD)]);
  const n = Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const name = rand() < 0.7 ? pick(widgets) : pick([...WEIRD, "_sluice_apply", "_sluice_x", widgets[0]! + "x"]);
    fields.push([name, rand() < 0.5 ? pick(WEIRD) : String(Math.floor(rand() * 200 - 50))]);
  }
  const encoding = rand();
  const url = new URLSearchParams(fields).toString();
  if (encoding < 0.6) return { body: url, headers: { "content-type": "application/x-www-form-urlencoded" }, describe: url.slice(0, 300) };
  if (encoding < 0.75) {
    const form = new FormData();
    for (const [k, v] of fields) form.append(k, v);
    if (rand() < 0.2) form.append(pick(widgets), new Blob(["file"]), "f.txt");
    return { body: form, headers: {}, describe: "multipart " + url.slice(0, 300) };
  }
  if (encoding < 0.85) {
    const bytes = new Uint8Array(Math.floor(rand() * 200)).map(() => Math.floor(rand() * 256));
    return { body: bytes, headers: { "content-type": pick(["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data"]) }, describe: "random bytes" };
  }
  const type = pick(["text/plain", "application/json", "application/x-www-form-urlencoded; charset=utf-16", "", "multipart/form-data; boundary="]);
  return { body: type === "application/json" ? JSON.stringify(Object.fromEntries(fields)) : url, headers: type ? { "content-type": type } : {}, describe: `${type} ${url.slice(0, 200)}` };
}

httpTest("fuzzed posts: never a 5xx, and a refused post changes nothing", () => ({ app: referenceApp().app, config: { server: { maxBodyBytes: 4096 } } }), async (c) => {
  const rand = prng(c.mode === "memory" ? 1 : 2);
  const COUNT = c.mode === "memory" ? 1500 : 300;
  const page = await openPage(c);
  const widgets = ["Pick a number", "City", "Your name", "Press me", "Crash"].map((l) => page.nameOf(l));
  const counts: Record<string, number> = {};
  let before = stateOf(c, page);
  for (let i = 0; i < COUNT; i++) {
    const post = fuzzPost(rand, page, widgets);
    const path = rand() < 0.85 ? "/_sluice/rerun" : "/";
    const res = await c.request(path, { method: "POST", body: post.body, headers: post.headers });
    await res.text(); // the run has finished when its answer has
    counts[res.status] = (counts[res.status] ?? 0) + 1;
    assert.ok(res.status < 500, `post ${i} to ${path} (${post.describe}) answered ${res.status}`);
    const after = stateOf(c, page);
    if (res.status >= 400) assert.is(after, before, `post ${i} (${post.describe}) was refused with ${res.status} but changed the session`);
    before = after;
  }
  assert.ok(Object.keys(counts).some((s) => s.startsWith("2")) && Object.keys(counts).some((s) => s.startsWith("4")), JSON.stringify(counts));
  // The session still works.
  const ok = await c.request("/_sluice/rerun", { method: "POST", body: new URLSearchParams([["_sluice_session", page.sessionId], [widgets[0]!, "6"]]).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
  assert.ok(ok.status === 200 || ok.status === 204, String(ok.status));
  await ok.text();
});

test.run();
