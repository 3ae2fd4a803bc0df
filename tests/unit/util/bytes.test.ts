import { test } from "uvu";
import * as assert from "uvu/assert";
import { packBytes, unpackBytes } from "../../../src/util/bytes.ts";

test("packBytes: one character per byte, and unpackBytes gives the bytes back", () => {
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  const packed = packBytes(bytes);
  assert.is(packed.length, 256);
  assert.is(packed.charCodeAt(200), 200);
  assert.equal([...unpackBytes(packed)], [...bytes]);
});

test("packBytes: empty, and longer than one chunk of arguments", () => {
  assert.is(packBytes(new Uint8Array(0)), "");
  assert.equal(unpackBytes(""), new Uint8Array(0));
  const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) & 255);
  const round = unpackBytes(packBytes(big));
  assert.is(round.length, big.length);
  assert.ok(round.every((b, i) => b === big[i]));
});

test.run();
