// A session whose tab is gone stops running: a run goes on while a stream or a rerun response listens, and stops
// runner.tabGoneSeconds after the last listener left (the tab's last contact).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stFactory, type St } from "../../../src/elements/index.ts";
import { AppSession } from "../../../src/session/session.ts";
import { listener, recordingRenderer } from "./helpers.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stuck = async (st: St) => {
  st.text("working");
  await new Promise(() => {});
};

test("a run stops once nothing has listened to it for tabGoneSeconds", async () => {
  const s = new AppSession("a".repeat(32), stuck, { eventLogSize: 16, renderer: recordingRenderer, factory: stFactory, runner: { tabGoneSeconds: 0.05 } });
  const stream = listener("stream");
  const detach = s.attach(stream, 0);
  const done = s.rerun({ widgetStates: null });
  await sleep(150);
  assert.ok(s.runner.running, "the tab listens: the run goes on");
  detach(); // the tab closed its stream
  await Promise.race([done, sleep(1000)]);
  assert.not.ok(s.runner.running, "the tab is gone: the run stopped");
});

test("with tabGoneSeconds 0 a run nobody listens to goes on", async () => {
  const s = new AppSession("b".repeat(32), stuck, { eventLogSize: 16, renderer: recordingRenderer, factory: stFactory, runner: { tabGoneSeconds: 0 } });
  void s.rerun({ widgetStates: null });
  await sleep(100);
  assert.ok(s.runner.running);
  await s.handleBackMsg({ stopScript: true });
  assert.not.ok(s.runner.running);
});

test.run();
