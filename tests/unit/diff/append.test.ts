// Append patches (st.writeStream): the tree holds the text so far, the patch only the new text, and the final
// Markdown element's fingerprint is a plain st.markdown's, so the next run sends nothing for it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { sluice } from "../../../src/gen/proto.js";
import { applyAppend, applyDelta, deltaPatch, snapshot } from "../../../src/diff/diff.ts";
import { newTree } from "../helpers.ts";

const streaming = (body: string): sluice.IDelta => ({ newElement: { markdown: { body, elementType: 1, streaming: true } } });
const final = (body: string): sluice.IDelta => ({ newElement: { markdown: { body, allowHtml: false, elementType: 1, help: "" } } });

test("an append carries only the new text; the tree holds all of it", () => {
  const t = newTree();
  applyDelta(t, [0, 0], streaming("Hello"), 1);
  const p = applyAppend(t, [0, 0], ", world", 1);
  assert.equal(p, { op: "append", key: "0.0", path: [0, 0], text: ", world" });
  const [node] = snapshot(t);
  assert.is((node!.message as sluice.Element).markdown!.body, "Hello, world");
  assert.ok((node!.message as sluice.Element).markdown!.streaming, "still streaming: a refresh shows plain text");
});

test("an append to no streaming element is nothing (its run was replaced)", () => {
  const t = newTree();
  assert.is(applyAppend(t, [0, 0], "x", 1), null);
  applyDelta(t, [0, 0], final("done"), 1);
  assert.is(applyAppend(t, [0, 0], "x", 1), null);
  assert.is((snapshot(t)[0]!.message as sluice.Element).markdown!.body, "done");
});

test("deltaPatch routes append_text to an append and anything else to the diff", () => {
  const t = newTree();
  assert.is(deltaPatch(t, [0, 0], streaming("a"), 1)?.op, "upsert");
  assert.is(deltaPatch(t, [0, 0], { appendText: "b" }, 1)?.op, "append");
});

test("the finished stream's element has a plain markdown's fingerprint: the next run's markdown sends nothing", () => {
  const streamed = newTree();
  applyDelta(streamed, [0, 0], streaming("**bold**"), 1);
  applyAppend(streamed, [0, 0], " text", 1);
  const end = applyDelta(streamed, [0, 0], final("**bold** text"), 1);
  assert.ok(end && end.existed, "the end of the stream morphs the element into the Markdown");
  const plain = newTree();
  applyDelta(plain, [0, 0], final("**bold** text"), 1);
  assert.is(streamed.get("0.0")!.fp, plain.get("0.0")!.fp);
  assert.is(applyDelta(streamed, [0, 0], final("**bold** text"), 2), null, "the history's rewrite next run is unchanged");
});

test("a streaming element rewritten with the same text is still sent (the browser's copy was appended to)", () => {
  const t = newTree();
  applyDelta(t, [0, 0], streaming("a"), 1);
  applyAppend(t, [0, 0], "b", 1);
  assert.ok(applyDelta(t, [0, 0], streaming("ab"), 2) === null, "same bytes, same fingerprint: nothing to send");
  assert.ok(applyDelta(t, [0, 0], final("ab"), 2), "the Markdown is different bytes");
});

test.run();
