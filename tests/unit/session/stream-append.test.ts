// Streamed replies in a session: chunks are coalesced into one event per ~30 ms, each event carries only the new
// text, and the run ends with the element as the full Markdown (a refresh mid-stream shows the text so far).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../../src/elements/index.ts";
import { stFactory } from "../../../src/elements/index.ts";
import { AppSession } from "../../../src/session/session.ts";
import { htmlRenderer } from "../../../src/server/render.tsx";
import { APPEND_COALESCE_MS } from "../../../src/session/stream-append.ts";
import { listener } from "./helpers.ts";
import { parse } from "../helpers.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const make = (app: (st: St) => unknown) => new AppSession("c".repeat(32), app, { eventLogSize: 64, renderer: htmlRenderer, factory: stFactory });

async function* words(list: string[], gapMs: number, gate?: Promise<void>) {
  for (const [i, w] of list.entries()) {
    if (i === 2 && gate) await gate;
    else await sleep(gapMs);
    yield w;
  }
}

test("chunks within the coalescing window go out as one event; later ones as their own", async () => {
  const list = ["a", "b", "c", "d", "e", "f"];
  const s = make(async (st) => void (await st.writeStream(words(list, 1))));
  const post = listener("post");
  s.attach(post, 0);
  await s.rerun({ widgetStates: null });
  const appends = post.events.filter((e) => e.data.includes("beforeend"));
  assert.ok(post.events.length <= 3, `6 chunks 1 ms apart in ≤ 3 events, got ${post.events.length}`);
  assert.ok(appends.length <= 1);
  const slow = make(async (st) => void (await st.writeStream(words(list, APPEND_COALESCE_MS * 2))));
  const p2 = listener("post");
  slow.attach(p2, 0);
  await slow.rerun({ widgetStates: null });
  assert.ok(p2.events.filter((e) => e.data.includes("beforeend")).length >= 4, "chunks far apart each go out");
});

test("each event carries only the new text, and the run ends with the full Markdown", async () => {
  const list = ["alpha", " **beta**", " gamma"];
  const s = make(async (st) => void (await st.writeStream(words(list, APPEND_COALESCE_MS * 2))));
  const post = listener("post");
  s.attach(post, 0);
  await s.rerun({ widgetStates: null });
  const appended = post.events.flatMap((e) => [...parse(e.data).querySelectorAll("hx-partial[hx-swap=beforeend]")].map((p) => p.textContent));
  // The last chunk may go out in the final Markdown itself (it came within the window before the end).
  assert.equal(appended[0], " **beta**");
  assert.ok(appended.every((t) => list.slice(1).includes(t!)), "only whole new chunks");
  for (const e of post.events) assert.ok(e.data.split("gamma").length <= 2, "no event repeats the text");
  const last = parse(post.events.at(-1)!.data);
  assert.is(last.querySelector("strong")?.textContent, "beta", "the end renders the Markdown");
  assert.match(s.refreshEvent().data, /<strong>beta<\/strong>/);
});

test("a full refresh mid-stream shows the text so far, and later appends go on from it", async () => {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const s = make(async (st) => void (await st.writeStream(words(["one", " two", " three"], 1, gate))));
  const done = s.rerun({ widgetStates: null });
  await sleep(APPEND_COALESCE_MS * 3);
  const mid = parse(s.refreshEvent().data);
  assert.is(mid.querySelector(".sl-stream-text")?.textContent, "one two");
  const stream = listener("stream");
  s.attach(stream, s.seq);
  open();
  await done;
  const text = stream.events.map((e) => e.data).join("");
  assert.match(text, /beforeend">\s?three<|one two three/);
});

test.run();
