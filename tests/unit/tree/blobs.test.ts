// Big byte payloads in the tree: kept once per process (content-addressed), not in each session's encoded node;
// snapshot() puts them back; fingerprints still follow their content.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { applyDelta, snapshot } from "../../../src/diff/diff.ts";
import { Tree } from "../../../src/tree/tree.ts";
import { intern } from "../../../src/tree/blobs.ts";
import { prepareData } from "../../../src/data/index.ts";

const bytesOf = (n: number) => prepareData({ n: Array.from({ length: n }, (_, i) => i) }).bytes;
const df = (data: Uint8Array, page = 0) => ({ newElement: { dataframe: { id: "$$ID-x-None", data, page, columnOrder: ["n"] } } });

test("the encoded node leaves the big bytes out; two sessions' trees share one copy; snapshot restores them", () => {
  const data = bytesOf(5000);
  assert.ok(data.length > 4096);
  const a = new Tree(), b = new Tree();
  applyDelta(a, [0, 0], df(data), 1);
  applyDelta(b, [0, 0], df(data.slice()), 1); // equal content, another buffer (another session computed it)
  const na = a.get("0.0")!, nb = b.get("0.0")!;
  assert.ok(na.encoded.length < 200, `encoded node is small (${na.encoded.length})`);
  assert.is(na.blobs![0]!.bytes, nb.blobs![0]!.bytes, "one shared copy");
  const snap = snapshot(b);
  assert.equal([...(snap[0]!.message as any).dataframe.data], [...data]);
});

test("fingerprints follow the bytes' content: same content unchanged, other content changed, view state changed", () => {
  const t = new Tree();
  const data = bytesOf(5000);
  assert.ok(applyDelta(t, [0, 0], df(data), 1));
  assert.is(applyDelta(t, [0, 0], df(data.slice()), 2), null, "same content in a new buffer: no patch");
  assert.ok(applyDelta(t, [0, 0], df(bytesOf(5001)), 3), "other content: a patch");
  assert.ok(applyDelta(t, [0, 0], df(bytesOf(5001), 1), 4), "same data, another page: a patch");
});

test("small byte fields stay in the encoded node", () => {
  const t = new Tree();
  applyDelta(t, [0, 0], df(bytesOf(3)), 1);
  assert.is(t.get("0.0")!.blobs, undefined);
});

test("intern returns the first buffer for equal content", () => {
  const x = new Uint8Array(5000).fill(7);
  assert.is(intern(x), x);
  assert.is(intern(x.slice()), x);
  assert.is.not(intern(new Uint8Array(5000).fill(8)), x);
});

test.run();
