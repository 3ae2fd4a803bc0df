import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Patch } from "../../../src/diff/diff.ts";
import { prune } from "../../../src/diff/diff.ts";
import { renderPatches } from "../../../templates/fragments.tsx";
import { expander, newTree, parse, run, text, vertical } from "../helpers.ts";

const swaps = (patches: readonly Patch[]) => [...parse(renderPatches(patches)).children].map((el) => ({
  tag: el.tagName.toLowerCase(),
  target: el.getAttribute("hx-target"),
  swap: el.getAttribute("hx-swap"),
  el,
}));

test("an existing node is morphed in place by its id", () => {
  const t = newTree();
  run(t, 1, [[[0, 2], text("a")]]);
  const [s, ...rest] = swaps(run(t, 2, [[[0, 2], text("b")]]));
  assert.is(rest.length, 0);
  assert.equal([s!.tag, s!.target, s!.swap], ["hx-partial", "#sl-0-2", "outerMorph"]);
  const node = s!.el.querySelector("#sl-0-2")!;
  assert.is(node.textContent, "b");
});

test("a new node is upserted into its parent's slot, keyed and sorted by index", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], vertical()]]);
  const [s] = swaps(run(t, 2, [[[0, 0], vertical()], [[0, 0, 3], text("new")]]));
  assert.is(s!.tag, "hx-upsert");
  assert.is(s!.target, "#sl-0-0-c");
  assert.is(s!.el.getAttribute("key"), "data-i");
  assert.ok(s!.el.hasAttribute("sort"));
  assert.is(s!.el.querySelector("#sl-0-0-3")!.getAttribute("data-i"), "3");
});

test("a new node at a root goes into the root's slot", () => {
  const [s] = swaps(run(newTree(), 1, [[[1, 0], text("side")]]));
  assert.equal([s!.tag, s!.target], ["hx-upsert", "#sl-1-c"]);
});

test("a new block and its new children go out nested in one swap", () => {
  const patches = run(newTree(), 1, [[[0, 0], expander("E")], [[0, 0, 0], text("x")], [[0, 0, 1], vertical()], [[0, 0, 1, 0], text("deep")], [[0, 1], text("after")]]);
  const out = swaps(patches);
  assert.equal(out.map((s) => s.target), ["#sl-0-c", "#sl-0-c"]);
  const block = out[0]!.el;
  assert.ok(block.querySelector("#sl-0-0-c > #sl-0-0-0"), "child inside the block's slot");
  assert.ok(block.querySelector("#sl-0-0-1-c > #sl-0-0-1-0"), "grandchild inside the nested block's slot");
  assert.is(block.querySelector("#sl-0-0-1-0")!.textContent, "deep");
});

test("a changed block is morphed with its re-sent children inside", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], expander("E")], [[0, 0, 0], text("x")]]);
  const out = swaps(run(t, 2, [[[0, 0], expander("E2")], [[0, 0, 0], text("x")]]));
  assert.is(out.length, 1);
  assert.equal([out[0]!.target, out[0]!.swap], ["#sl-0-0", "outerMorph"]);
  assert.is(out[0]!.el.querySelector("#sl-0-0-c > #sl-0-0-0")!.textContent, "x");
});

test("removed nodes are delete swaps, one per removed subtree", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], text("a")], [[0, 1], vertical()], [[0, 1, 0], text("b")], [[0, 2], text("c")]]);
  run(t, 2, [[[0, 0], text("a")]]);
  const out = swaps(prune(t, 2));
  assert.equal(out.map((s) => [s.tag, s.target, s.swap]), [["hx-partial", "#sl-0-1", "delete"], ["hx-partial", "#sl-0-2", "delete"]]);
  assert.is(out[0]!.el.children.length, 0);
});

test("repeated writes to one path in a batch collapse to the last one", () => {
  const t = newTree();
  run(t, 1, [[[0, 0], text("start")]]);
  const patches = run(t, 2, [[[0, 0], text("Loading…")], [[0, 0], text("Done")]]);
  assert.is(patches.length, 2);
  const out = swaps(patches);
  assert.is(out.length, 1);
  assert.equal([out[0]!.target, out[0]!.swap], ["#sl-0-0", "outerMorph"], "still a swap of the node the browser has");
  assert.is(out[0]!.el.textContent, "Done");
});

test("a new node written twice is inserted once, with its last content", () => {
  const out = swaps(run(newTree(), 1, [[[0, 0], text("a")], [[0, 0], text("b")]]));
  assert.is(out.length, 1);
  assert.is(out[0]!.tag, "hx-upsert");
  assert.is(out[0]!.el.textContent, "b");
});

test("a block replaced in the same batch does not carry the children of its first version", () => {
  // st.empty() → slot.container().text("old"); slot.expander("x"): the tree forgot the old child, so must the swap.
  const t = newTree();
  const patches = run(t, 1, [[[0, 0], vertical()], [[0, 0, 0], text("old child")], [[0, 0], expander("x")]]);
  assert.is(t.get("0.0.0"), undefined);
  const html = renderPatches(patches);
  assert.not.ok(html.includes("old child"), html);
  assert.is(swaps(patches).length, 1);
});

test("a new node removed in the same batch is never sent", () => {
  const patches: Patch[] = [...run(newTree(), 1, [[[0, 5], text("brief")]]), { op: "remove", key: "0.5", path: [0, 5] }];
  assert.is(renderPatches(patches), "");
});

test("an empty batch renders nothing", () => {
  assert.is(renderPatches([]), "");
});

test.run();
