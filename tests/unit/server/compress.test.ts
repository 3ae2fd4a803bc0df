// Accept-Encoding negotiation: q-values, `*`, refusals (q=0), ties going to the server's order.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { negotiate } from "../../../src/server/compress.ts";

const both = ["br", "gzip"] as const;

test("a browser's list gets brotli; gzip alone gets gzip; nothing or identity gets null", () => {
  assert.is(negotiate("gzip, deflate, br", both), "br");
  assert.is(negotiate("gzip, deflate, br, zstd", both), "br");
  assert.is(negotiate("gzip", both), "gzip");
  assert.is(negotiate("x-gzip", both), "gzip");
  assert.is(negotiate("deflate", both), null);
  assert.is(negotiate("identity", both), null);
  assert.is(negotiate("", both), null);
  assert.is(negotiate(undefined, both), null);
});

test("q-values order the choice; q=0 refuses; * covers what is not named", () => {
  assert.is(negotiate("br;q=0.5, gzip;q=1", both), "gzip");
  assert.is(negotiate("br;q=0, gzip", both), "gzip");
  assert.is(negotiate("BR;Q=0.8, GZIP;q=0.9", both), "gzip");
  assert.is(negotiate("*", both), "br");
  assert.is(negotiate("*;q=0.5, br;q=0", both), "gzip");
  assert.is(negotiate("gzip;q=0, *;q=0", both), null);
  assert.is(negotiate("br;q=nonsense, gzip", both), "gzip");
});

test("only what the compressor has is offered", () => {
  assert.is(negotiate("gzip, deflate, br", ["gzip"]), "gzip");
  assert.is(negotiate("br", ["gzip"]), null);
  assert.is(negotiate("gzip, br", []), null);
});

test.run();
