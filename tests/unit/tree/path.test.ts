import { test } from "uvu";
import * as assert from "uvu/assert";
import { domId, isWithin, parentKey, parsePathKey, pathKey, RootContainer, ROOTS, slotId, widgetDomId } from "../../../src/tree/path.ts";

test("the four roots are main, sidebar, event, bottom", () => {
  assert.equal(RootContainer, { MAIN: 0, SIDEBAR: 1, EVENT: 2, BOTTOM: 3 });
  assert.equal([...ROOTS], [0, 1, 2, 3]);
});

test("a path becomes a key and back", () => {
  assert.is(pathKey([0, 2, 3]), "0.2.3");
  assert.equal(parsePathKey("0.2.3"), [0, 2, 3]);
  for (const p of [[0], [1, 0], [3, 10, 200, 4]]) assert.equal(parsePathKey(pathKey(p)), p);
});

test("a path gives the DOM id of its wrapper and of its slot", () => {
  assert.is(domId([0, 2, 3]), "sl-0-2-3");
  assert.is(slotId([0, 2]), "sl-0-2-c");
  assert.is(slotId([1]), "sl-1-c");
});

test("parentKey climbs one level; a root has no parent", () => {
  assert.is(parentKey("0.2.3"), "0.2");
  assert.is(parentKey("0.2"), "0");
  assert.is(parentKey("0"), "");
});

test("isWithin includes the ancestor itself and its descendants only", () => {
  assert.ok(isWithin("0.2", "0.2"));
  assert.ok(isWithin("0.2.3", "0.2"));
  assert.ok(isWithin("0.2.3.4", "0.2"));
  assert.not.ok(isWithin("0.20", "0.2"), "a sibling whose index starts with the same digit is not within");
  assert.not.ok(isWithin("0", "0.2"));
  assert.not.ok(isWithin("1.2", "0.2"));
});

test("a widget's DOM id comes from its widget id: valid, and distinct for distinct widget ids", () => {
  assert.is(widgetDomId("$$ID-3f9k-None"), "sl-w-3f9k-None");
  const ids = ["$$ID-3f9k-my key", "$$ID-3f9k-my_key", "$$ID-3f9k-my_20_key", "$$ID-3f9k-ключ", "$$ID-3f9k-a\"b", "$$ID-3f9k-#x"];
  const dom = ids.map(widgetDomId);
  assert.is(new Set(dom).size, ids.length, "escaping is reversible, so distinct widget ids stay distinct");
  for (const id of dom) assert.match(id, /^[A-Za-z][A-Za-z0-9_-]*$/, "no whitespace or selector characters");
});

test.run();
