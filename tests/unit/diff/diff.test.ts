import { test } from "uvu";
import * as assert from "uvu/assert";
import { applyDelta, prune, snapshot, typeOf } from "../../../src/diff/diff.ts";
import { sluice } from "../../../src/gen/proto.js";
import { expander, inFragment, md, newTree, run, text, vertical } from "../helpers.ts";

test("sends a new node as an insert", () => {
  const t = newTree();
  const p = applyDelta(t, [0, 0], text("a"), 1)!;
  assert.ok(p);
  assert.is(p.op, "upsert");
  assert.is(p.key, "0.0");
  assert.equal(p.path, [0, 0]);
  assert.is(p.existed, false);
  assert.is(p.delta, "element");
  assert.is(p.type, "text");
});

test("sends nothing for an unchanged fingerprint, but stamps the node with the run", () => {
  const t = newTree();
  applyDelta(t, [0, 0], text("a"), 1);
  assert.is(applyDelta(t, [0, 0], text("a"), 2), null);
  assert.is(t.get("0.0")!.runId, 2);
});

test("a changed element is sent as a swap of the existing node", () => {
  const t = newTree();
  applyDelta(t, [0, 0], text("a"), 1);
  const p = applyDelta(t, [0, 0], text("b"), 2)!;
  assert.is(p.existed, true);
  assert.equal(p.message, { text: { body: "b" } });
});

test("a changed kind at one path is a change", () => {
  const t = newTree();
  applyDelta(t, [0, 0], text("a"), 1);
  const p = applyDelta(t, [0, 0], md("a"), 2)!;
  assert.is(p.type, "markdown");
  assert.is(p.existed, true);
});

test("an unchanged block keeps its children known", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], vertical()], [[0, 0, 0], text("x")]]);
  assert.equal(run(t, 2, [[[0, 0], vertical()], [[0, 0, 0], text("x")]]), []);
});

test("a changed block re-sends its subtree: its old descendants are forgotten", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], expander("e")], [[0, 0, 0], text("x")], [[0, 0, 0, 0], text("deep")]]);
  const patches = run(t, 2, [[[0, 0], expander("e", true)], [[0, 0, 0], text("x")]]);
  assert.equal(patches.map((p) => [p.key, p.existed]), [["0.0", true], ["0.0.0", false]]);
  assert.is(t.get("0.0.0.0"), undefined, "a descendant the run did not rewrite is gone with the old block");
});

test("a block replaced by an element drops the block's descendants", () => {
  const t = newTree();
  run(t, 1, [[[0, 1], vertical()], [[0, 1, 0], text("x")], [[0, 1, 1], text("y")]]);
  run(t, 2, [[[0, 1], text("now an element")]]);
  assert.equal([...t.nodes.keys()], ["0.1"]);
  assert.is(t.get("0.1")!.delta, "element");
});

test("siblings of a changed block are left alone", () => {
  const t = newTree();
  run(t, 1, [[[0, 1], vertical()], [[0, 1, 0], text("x")], [[0, 10], vertical()], [[0, 10, 0], text("y")]]);
  run(t, 2, [[[0, 1], vertical(true)]]);
  assert.ok(t.get("0.10.0"), "0.10.0 is not below 0.1");
});

test("prune removes only nodes the run did not write", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], text("a")], [[0, 1], text("b")], [[0, 2], text("c")]]);
  run(t, 2, [[[0, 0], text("a")], [[0, 1], text("B")]]);
  const removed = prune(t, 2);
  assert.equal(removed, [{ op: "remove", key: "0.2", path: [0, 2] }]);
  assert.equal([...t.nodes.keys()].sort(), ["0.0", "0.1"]);
});

test("prune sends one patch per removed subtree", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], text("keep")], [[0, 1], vertical()], [[0, 1, 0], text("x")], [[0, 1, 1], vertical()], [[0, 1, 1, 0], text("y")], [[1, 0], text("side")]]);
  run(t, 2, [[[0, 0], text("keep")]]);
  const removed = prune(t, 2).map((p) => p.key).sort();
  assert.equal(removed, ["0.1", "1.0"]);
  assert.equal([...t.nodes.keys()], ["0.0"]);
});

test("prune removes stale children of a block that stays", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], vertical()], [[0, 0, 0], text("x")], [[0, 0, 1], text("y")]]);
  run(t, 2, [[[0, 0], vertical()], [[0, 0, 0], text("x")]]);
  assert.equal(prune(t, 2).map((p) => p.key), ["0.0.1"]);
});

test("prune after a run that wrote everything removes nothing", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], text("a")]]);
  run(t, 2, [[[0, 0], text("a")]]);
  assert.equal(prune(t, 2), []);
});

test("a fragment-scoped prune only considers that fragment's nodes", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], text("app")], [[0, 1], inFragment(vertical(), "f")], [[0, 1, 0], inFragment(text("in f"), "f")], [[0, 1, 1], inFragment(text("gone"), "f")], [[0, 2], inFragment(text("other"), "g")]]);
  // A rerun of fragment f (run 2) writes the container and one child.
  run(t, 2, [[[0, 1], inFragment(vertical(), "f")], [[0, 1, 0], inFragment(text("in f"), "f")]]);
  assert.equal(prune(t, 2, new Set(["f"])).map((p) => p.key), ["0.1.1"]);
  assert.ok(t.get("0.0") && t.get("0.2"), "nodes outside the fragment stay though run 2 did not write them");
});

test("snapshot lists every node parents first, in index order, as existing upserts", () => {
  const t = newTree();
  run(t, 1, [[[0, 10], text("ten")], [[0, 2], expander("e")], [[0, 2, 0], md("**m**")], [[1, 0], text("side")], [[3, 0], text("bottom")]]);
  const snap = snapshot(t);
  assert.equal(snap.map((p) => p.key), ["0.2", "0.2.0", "0.10", "1.0", "3.0"]);
  assert.ok(snap.every((p) => p.existed && p.op === "upsert"));
});

test("snapshot with `only` lists just those kinds, also inside blocks it skips, and decodes nothing else", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], text("a")], [[0, 1], expander("e")], [[0, 1, 0], md("**m**")], [[0, 1, 1], text("b")], [[1, 0], md("side")]]);
  const seen: string[] = [];
  const snap = snapshot(t, (type) => (seen.push(type), type === "markdown"));
  assert.equal(snap.map((p) => p.key), ["0.1.0", "1.0"]);
  assert.ok(snap.every((p) => p.type === "markdown" && (p.message as sluice.IElement).markdown));
  assert.equal(seen.sort(), ["expandable", "markdown", "markdown", "text", "text"]);
});

test("snapshot round-trips: re-applying it to a fresh tree gives the same fingerprints", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], vertical(true)], [[0, 0, 0], text("x")], [[0, 1], { newElement: { slider: { id: "s", label: "n", value: [3, 7], min: 0, max: 9 } } }]]);
  const copy = newTree();
  for (const p of snapshot(t)) {
    const delta = p.delta === "block" ? { addBlock: p.message as sluice.IBlock } : { newElement: p.message as sluice.IElement };
    applyDelta(copy, p.path, delta, 1);
  }
  for (const [k, n] of t.nodes) assert.is(copy.get(k)?.fp, n.fp, `fingerprint of ${k}`);
  assert.is(copy.size, t.size);
  const slider = snapshot(t).find((p) => p.key === "0.1")!.message as sluice.IElement;
  assert.equal([...slider.slider!.value!], [3, 7]);
});

test("typeOf names the oneof member of plain and decoded messages", () => {
  assert.is(typeOf({ text: { body: "x" } }), "text");
  assert.is(typeOf({ allowEmpty: true, expandable: {} }), "expandable");
  const decoded = sluice.Element.decode(sluice.Element.encode({ textInput: { label: "t" } }).finish());
  assert.is(typeOf(decoded), "textInput");
  assert.is(typeOf({}), undefined);
});

test("a widget whose value the app set through session state is sent again even when its message is unchanged", () => {
  const t = newTree();
  const input = (setValue: boolean): sluice.IDelta => ({ newElement: { textInput: { id: "$$ID-x-cmd", label: "Command", value: "", setValue } } });
  applyDelta(t, [0, 0], input(true), 1);
  // The browser may hold what the user typed since; the value the app set must reach it again.
  const again = applyDelta(t, [0, 0], input(true), 2);
  assert.ok(again, "re-sent");
  assert.is(again!.existed, true);
  assert.is(applyDelta(t, [0, 0], input(false), 3)?.existed, true, "the flag going away is a change");
  assert.is(applyDelta(t, [0, 0], input(false), 4), null, "an unchanged widget the app did not set is not re-sent");
});

test.run();
