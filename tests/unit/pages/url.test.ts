// st.queryParams over UrlState: reads, writes (stringified, arrays repeated), delete, clear and fromDict keeping
// embed, and every write reported once.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { UrlState } from "../../../src/pages/url.ts";

const make = (qs: string) => {
  const url = new UrlState();
  url.setQueryString(qs);
  let writes = 0;
  return { url, qp: url.proxy(() => writes++), writes: () => writes };
};

test("reads: attribute, get with a default, getAll, has, toDict (last value wins), `in`, keys", () => {
  const { qp } = make("?tab=a&tag=x&tag=y");
  assert.is(qp.tab, "a");
  assert.is(qp.tag, "y");
  assert.is(qp.missing, undefined);
  assert.is(qp.get("missing", "d"), "d");
  assert.equal(qp.getAll("tag"), ["x", "y"]);
  assert.equal(qp.getAll("none"), []);
  assert.ok(qp.has("tab") && "tab" in qp && !("nope" in qp));
  assert.equal(qp.toDict(), { tab: "a", tag: "y" });
  assert.equal(Object.keys(qp), ["tab", "tag"]);
});

test("writes: strings, stringified values, arrays as repeated keys, in place; each write reported", () => {
  const { url, qp, writes } = make("a=1&b=2");
  qp.a = 5;
  qp.c = true;
  qp.tags = ["x", 2];
  assert.is(url.queryString(), "a=5&b=2&c=true&tags=x&tags=2");
  assert.is(writes(), 3);
  delete qp.b;
  qp.delete("c");
  assert.is(url.queryString(), "a=5&tags=x&tags=2");
  assert.is(writes(), 5);
  qp.a = "two words & more";
  assert.is(url.queryString(), "a=two+words+%26+more&tags=x&tags=2");
});

test("clear and fromDict keep embed; embed cannot be set by the app", () => {
  const { url, qp } = make("embed=true&x=1");
  qp.clear();
  assert.is(url.queryString(), "embed=true");
  qp.fromDict({ y: "2", z: ["a", "b"] });
  assert.is(url.queryString(), "embed=true&y=2&z=a&z=b");
  assert.throws(() => (qp.embed = "false"), /cannot be set/);
  assert.throws(() => qp.update({ EMBED_OPTIONS: "x" }), /cannot be set/);
});

test.run();
