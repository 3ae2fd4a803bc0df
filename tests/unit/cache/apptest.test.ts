// Cached functions inside app runs (AppTest, the server's runner): the cache persists across reruns and AppTest
// runs, hits are observable, an unhashable argument is an exception in place, and a miss shows a spinner.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import { cacheData, cacheResource, createCacheHost, type St } from "../../../src/index.ts";

test("the cache persists across runs; AppTest reads the hits; st.cacheData is the same function", async () => {
  let calls = 0;
  const square = cacheData(async (n: number) => (calls++, n * n));
  const at = AppTest.fromFunction(async (st: St) => {
    assert.is(st.cacheData, cacheData);
    assert.is(st.cacheResource, cacheResource);
    st.text(String(await square(st.slider("n", { minValue: 0, maxValue: 10, value: 3 }))));
  }, { cache: createCacheHost() });
  await at.run();
  await at.run();
  assert.is(at.text[0]!.value, "9");
  assert.is(calls, 1);
  assert.equal(await square.stats(at.cache), { hits: 1, misses: 1, entries: 1, bytes: (await square.stats(at.cache)).bytes });
  at.slider[0]!.setValue(4);
  await at.run();
  assert.is(at.text[0]!.value, "16");
  assert.is((await square.stats(at.cache)).misses, 2);
  // A second AppTest of the same app with the same host sees the same entries (as a rerun would).
  assert.is((await square.stats()).misses, 0, "the process host was not used");
});

test("an unhashable argument is an UnhashableParamError shown in place, naming the parameter", async () => {
  const fetchWith = cacheData((client: { get(): number }, _unused: unknown) => client.get());
  class Client {
    get() {
      return 1;
    }
  }
  const at = await AppTest.fromFunction((st: St) => {
    st.text("before");
    st.text(String(fetchWith(new Client(), new Client())));
  }).run();
  assert.is(at.exception.length, 1);
  assert.is(at.exception[0]!.errorType, "UnhashableParamError");
  assert.match(at.exception[0]!.value, /Cannot hash argument 'client' \(of type Client\)/);
  assert.match(at.exception[0]!.value, /leading underscore/);
});

test("showSpinner: a miss of an async function shows a spinner in place, then empties it; a hit shows none", async () => {
  const slow = cacheData(async (k: string) => (await new Promise((r) => setTimeout(r, 5)), k), { showSpinner: "Loading data" });
  const quiet = cacheData(async (k: string) => k, { showSpinner: false });
  const at = AppTest.fromFunction(async (st: St) => {
    st.text(await slow("a"));
    st.text(await quiet("b"));
  }, { cache: createCacheHost() });
  await at.run();
  const spinners = () => at.messages.filter((m) => m.delta?.newElement?.spinner).map((m) => m.delta!.newElement!.spinner!.text);
  assert.equal(spinners(), ["Loading data"]);
  assert.equal(at.text.map((t) => t.value), ["a", "b"]);
  await at.run();
  assert.equal(spinners(), []);
});

test.run();
