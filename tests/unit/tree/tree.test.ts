import { test } from "uvu";
import * as assert from "uvu/assert";
import { Tree, type TreeNode } from "../../../src/tree/tree.ts";

const node = (delta: "element" | "block" = "element", runId = 1): TreeNode => ({ delta, type: delta === "block" ? "vertical" : "text", fp: 1, encoded: "", runId });

function build(keys: string[]): Tree {
  const t = new Tree();
  for (const k of keys) t.set(k, node());
  return t;
}

test("get and set by key; size counts nodes", () => {
  const t = new Tree();
  assert.is(t.size, 0);
  const n = node();
  t.set("0.0", n);
  assert.is(t.get("0.0"), n);
  assert.is(t.get("0.1"), undefined);
  assert.is(t.size, 1);
});

test("children are the direct children in numeric index order", () => {
  const t = build(["0.10", "0.2", "0.2.0", "0.0", "1.0", "0.1"]);
  assert.equal(t.children("0"), ["0.0", "0.1", "0.2", "0.10"]);
  assert.equal(t.children("0.2"), ["0.2.0"]);
  assert.equal(t.children("1"), ["1.0"]);
  assert.equal(t.children("3"), []);
});

test("dropDescendants keeps the node itself and its look-alike siblings", () => {
  const t = build(["0.2", "0.2.0", "0.2.0.1", "0.20", "0.3"]);
  t.dropDescendants("0.2");
  assert.equal([...t.nodes.keys()].sort(), ["0.2", "0.20", "0.3"]);
});

test("delete removes the node and its subtree only", () => {
  const t = build(["0.2", "0.2.0", "0.2.1", "0.20", "0.20.0"]);
  t.delete("0.2");
  assert.equal([...t.nodes.keys()].sort(), ["0.20", "0.20.0"]);
});

test("within yields the ancestor and everything below it", () => {
  const t = build(["0.1", "0.1.0", "0.1.0.5", "0.11", "1.1"]);
  assert.equal([...t.within("0.1")].sort(), ["0.1", "0.1.0", "0.1.0.5"]);
});

test.run();
