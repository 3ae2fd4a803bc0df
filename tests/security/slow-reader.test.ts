// Slow readers: a stream client that stops reading (a laptop asleep, a stalled or hostile client) must not make
// the server queue its events without bound. Past server.maxStreamQueueBytes queued, or one write pending longer
// than server.streamWriteTimeoutMs, the stream is closed; the tab recovers by replay or a full refresh.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { connect, type Socket } from "node:net";
import type { StreamingApi } from "hono/utils/stream";
import { createApp } from "../../src/server/app.ts";
import { serve } from "../../src/adapters/node.ts";
import { serialWriter } from "../../src/server/stream.ts";
import type { St } from "../../src/elements/index.ts";
import { raw } from "./raw.ts";
import { httpTest, openPage, readUntil } from "../http/harness.ts";

test("the writer never queues more than its cap for a client that takes nothing, then gives up", async () => {
  let aborted = false;
  const stuck = { write: () => new Promise(() => {}), abort: () => void (aborted = true) } as unknown as StreamingApi;
  let failed = 0;
  const write = serialWriter(stuck, () => failed++, { maxQueuedBytes: 300_000, writeTimeoutMs: 0 });
  let most = 0;
  for (let i = 0; i < 100; i++) {
    void write("x".repeat(100_000));
    most = Math.max(most, write.queued);
  }
  assert.ok(most <= 300_000, `queued ${most} bytes`);
  assert.is(failed, 1, "told once");
  assert.ok(aborted, "the response is aborted, which releases the connection");
});

test("a write pending past its time limit gives the stream up", async () => {
  let aborted = false;
  const stuck = { write: () => new Promise(() => {}), abort: () => void (aborted = true) } as unknown as StreamingApi;
  let failed = 0;
  const write = serialWriter(stuck, () => failed++, { maxQueuedBytes: Infinity, writeTimeoutMs: 50 });
  void write("one event");
  await new Promise((r) => setTimeout(r, 150));
  assert.is(failed, 1);
  assert.ok(aborted);
});

/** A big page that changes on every run, so every run sends ~100 kB to the tab's stream. */
let runs = 0;
const big = (st: St) => {
  runs++;
  for (let i = 0; i < 10; i++) st.text(`${runs}:${i} ` + "x".repeat(10_000));
};

async function neverReads(limits: Record<string, number>): Promise<{ closed: boolean; pushed: number }> {
  const server = createApp({ app: big, config: { server: { runOnSave: true, ...limits } } });
  const listening = await serve(server, { port: 0, hostname: "127.0.0.1" });
  let socket: Socket | undefined;
  try {
    const page = await raw(listening.port, { path: "/" });
    const cookie = String(page.headers["set-cookie"]).split(";")[0]!;
    const id = /name="_sluice_session" value="([0-9a-f]+)"/.exec(page.body)![1]!;
    const session = server.sessions.get(id)!;
    socket = connect(listening.port, "127.0.0.1");
    socket.pause(); // never reads a byte
    socket.write(`GET /_sluice/stream?after=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nX-Sluice-Session: ${id}\r\n\r\n`);
    for (let i = 0; i < 50 && !session.connected; i++) await new Promise((r) => setTimeout(r, 10));
    assert.ok(session.connected, "the stream is open");
    let pushed = 0;
    // Up to ~60 MB, far past any socket buffer; stop as soon as the server gives the stream up.
    for (let i = 0; i < 600 && session.connected; i++) {
      await session.rerun({ widgetStates: null });
      pushed += 100_000;
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 20));
    }
    for (let i = 0; i < 100 && session.connected; i++) await new Promise((r) => setTimeout(r, 20));
    return { closed: !session.connected, pushed };
  } finally {
    socket?.destroy();
    await listening.close();
  }
}

test("a raw TCP client that never reads its stream gets it closed once the queue is full", async () => {
  const { closed, pushed } = await neverReads({ maxStreamQueueBytes: 256 * 1024, streamWriteTimeoutMs: 0 });
  assert.ok(closed, `the stream was still open after ${pushed} bytes were sent to it`);
});

test("a raw TCP client that never reads its stream gets it closed when a write stays pending", async () => {
  const { closed, pushed } = await neverReads({ maxStreamQueueBytes: 1 << 30, streamWriteTimeoutMs: 200 });
  assert.ok(closed, `the stream was still open after ${pushed} bytes were sent to it`);
});

httpTest("one client address with many cookie jars holds at most server.maxStreamsPerAddress streams; the rest poll", () => ({
  app: (st: St) => st.text("hi"),
  config: { server: { maxStreamsPerAddress: 2, maxStreamsPerBrowser: 3, streamPollMs: 1234 } },
}), async (c) => {
  const browsers = [c, c.otherBrowser(), c.otherBrowser()];
  const held: Response[] = [];
  for (const b of browsers.slice(0, 2)) {
    const page = await openPage(b);
    held.push(await b.request("/_sluice/stream?after=0", { headers: { "x-sluice-session": page.sessionId } }));
  }
  const page = await openPage(browsers[2]!);
  const third = await browsers[2]!.request("/_sluice/stream?after=0", { headers: { "x-sluice-session": page.sessionId } });
  const text = await readUntil(third, (t) => t.includes("retry:"));
  // In memory there is no address: only the per-browser cap applies, and the third browser streams.
  if (c.mode === "node") {
    assert.match(text, "retry: 1234", "over the address's cap: told to poll");
    assert.not.ok(c.server.sessions.get(page.sessionId)!.connected);
  } else assert.match(text, "retry: 1000");
  for (const r of held) await r.body?.cancel();
});

test.run();
