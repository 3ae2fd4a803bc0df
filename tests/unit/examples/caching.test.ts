// The caching example: the first run of a city misses (and shows the spinner), reruns hit, the connection object is
// shared, and "Forget" drops one city's entry.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import { createCacheHost } from "../../../src/index.ts";

test("a rerun hits the cache; the resource is shared; Forget drops the city", async () => {
  const at = AppTest.fromFile("examples/caching.ts", { cache: createCacheHost(), timeout: 5 });
  await at.run();
  assert.is(at.exception.length, 0);
  assert.ok(at.messages.some((m) => m.delta?.newElement?.spinner?.text === "Loading sales…"), "the miss showed its spinner");
  const rows = at.dataframe[0]!.rows.length;
  assert.ok(rows > 0 && rows <= 12);
  at.slider[0]!.setValue(0);
  await at.run();
  assert.is(at.dataframe[0]!.rows.length, 12, "the copy was filtered, not the cached rows");
  assert.not.ok(at.messages.some((m) => m.delta?.newElement?.spinner), "a hit shows no spinner");
  assert.match(String(at.caption[0]!.value), /used 2 times/);
  assert.is(at.metric[0]!.value, "1");
  at.button.find((b) => b.label === "Forget Lisbon")!.click();
  await at.run();
  assert.ok(at.messages.some((m) => m.delta?.newElement?.spinner), "after Forget, the city loads again");
});

test.run();
