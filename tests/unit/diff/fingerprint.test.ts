import { test } from "uvu";
import * as assert from "uvu/assert";
import { sluice } from "../../../src/gen/proto.js";
import { Tree } from "../../../src/tree/tree.ts";
import { applyDelta } from "../../../src/diff/diff.ts";
import { unpackBytes } from "../../../src/util/bytes.ts";

const fp = (d: sluice.IDelta) => {
  const t = new Tree();
  applyDelta(t, [0, 0], d, 1);
  return t.get("0.0")!.fp;
};

const slider = (o: Partial<sluice.ISlider> = {}): sluice.IDelta => ({
  newElement: { slider: { id: "w1", label: "n", min: 0, max: 100, step: 1, value: [5], format: "%d", help: "", ...o } },
});

test("equal messages give equal fingerprints", () => {
  assert.is(fp(slider()), fp(slider()));
  assert.is(fp({ newElement: { text: { body: "hi" } } }), fp({ newElement: { text: { body: "hi" } } }));
});

test("a fingerprint does not depend on the order fields were given in", () => {
  assert.is(fp({ newElement: { slider: { label: "a", min: 1 } } }), fp({ newElement: { slider: { min: 1, label: "a" } } }));
});

test("any field change gives a different fingerprint", () => {
  const base = fp(slider());
  for (const change of [{ label: "m" }, { min: 1 }, { max: 99 }, { step: 2 }, { value: [6] }, { value: [5, 6] }, { format: "%.1f" }, { help: "h" }, { disabled: true }, { id: "w2" }]) {
    assert.is.not(fp(slider(change)), base, `changing ${JSON.stringify(change)} kept the fingerprint`);
  }
});

test("one body in two element kinds gives different fingerprints", () => {
  assert.is.not(fp({ newElement: { text: { body: "x" } } }), fp({ newElement: { markdown: { body: "x" } } }));
});

test("an element and a block never share a fingerprint, even with equal bytes", () => {
  // Both encode to zero bytes: the kind still tells them apart.
  const el = fp({ newElement: {} });
  const block = fp({ addBlock: {} });
  assert.is.not(el, block);
});

test("the fingerprint is stored, not the HTML; the packed encoding decodes to the message", () => {
  const t = new Tree();
  applyDelta(t, [0, 0], { newElement: { text: { body: "hello" } } }, 1);
  const n = t.get("0.0")!;
  assert.is(n.delta, "element");
  assert.is(n.type, "text");
  assert.type(n.fp, "number");
  assert.ok(typeof n.encoded === "string" && n.encoded.length > 0);
  assert.is(sluice.Element.decode(unpackBytes(n.encoded)).text?.body, "hello");
});

test("an element a run writes again unchanged is not encoded again; a changed one is, and its bytes follow", () => {
  const t = new Tree();
  const encode = sluice.Element.encode;
  let calls = 0;
  sluice.Element.encode = ((m: sluice.IElement, w?: unknown) => (calls++, encode.call(sluice.Element, m, w as never))) as typeof encode;
  try {
    assert.ok(applyDelta(t, [0, 0], { newElement: { text: { body: "a", help: "" } } }, 1));
    assert.is(calls, 1);
    assert.is(applyDelta(t, [0, 0], { newElement: { text: { help: "", body: "a" } } }, 2), null, "same data in another order");
    assert.is(calls, 1, "the unchanged element was encoded again");
    assert.is(t.get("0.0")!.runId, 2, "still stamped with the run that wrote it");
    assert.ok(applyDelta(t, [0, 0], { newElement: { text: { body: "b", help: "" } } }, 3));
    assert.is(calls, 2);
    assert.is(sluice.Element.decode(unpackBytes(t.get("0.0")!.encoded)).text?.body, "b");
  } finally {
    sluice.Element.encode = encode;
  }
});

test("data that differs but encodes the same (a default written out) is unchanged", () => {
  const t = new Tree();
  applyDelta(t, [0, 0], { newElement: { slider: { label: "n", max: 9 } } }, 1);
  assert.is(applyDelta(t, [0, 0], { newElement: { slider: { label: "n", max: 9, min: 0 } } }, 2), null);
  assert.is(t.get("0.0")!.runId, 2);
});

test.run();
