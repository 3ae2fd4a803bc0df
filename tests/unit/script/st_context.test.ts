// st.context: read-only views of the request facts (headers case-insensitive, cookies as a map), writes throw,
// and AppTest injects a context.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/apptest.ts";
import { ContextHeaders, contextView, type ClientContext } from "../../../src/script/st-context.ts";
import { ContextReadOnlyError } from "../../../src/util/errors.ts";

const facts: ClientContext = {
  headers: [["Accept-Language", "de-CH,de;q=0.9"], ["x-multi", "a"], ["x-multi", "b"], ["cookie", "ab=1"]],
  cookies: { ab: "1" },
  url: "http://localhost:8501/?tab=2",
  locale: "de-CH",
  timezone: "Europe/Zurich",
  timezoneOffset: -60,
  theme: "dark",
};

test("headers: case-insensitive get, getAll, has, iteration", () => {
  const h = new ContextHeaders(facts.headers);
  assert.is(h.get("accept-language"), "de-CH,de;q=0.9");
  assert.is(h.get("ACCEPT-LANGUAGE"), "de-CH,de;q=0.9");
  assert.is(h.get("x-multi"), "a, b");
  assert.equal(h.getAll("X-Multi"), ["a", "b"]);
  assert.ok(h.has("cookie"));
  assert.is(h.get("nope"), null);
  assert.equal([...h.keys()], ["accept-language", "x-multi", "cookie"]);
  assert.equal(h.toDict()["x-multi"], "a, b");
});

test("every field reads through; writes throw ContextReadOnlyError", () => {
  const ctx = contextView(() => facts);
  assert.is(ctx.url, "http://localhost:8501/?tab=2");
  assert.is(ctx.locale, "de-CH");
  assert.is(ctx.timezone, "Europe/Zurich");
  assert.is(ctx.timezoneOffset, -60);
  assert.equal(ctx.theme, { type: "dark" });
  assert.is(ctx.isEmbedded, false);
  assert.is(ctx.cookies.ab, "1");
  assert.is(ctx.cookies.get("missing", "d"), "d");
  assert.throws(() => ((ctx as any).locale = "en"), (e: unknown) => e instanceof ContextReadOnlyError && /st\.context\.locale is read-only/.test((e as Error).message));
  assert.throws(() => ((ctx.cookies as any).ab = "2"), (e: unknown) => e instanceof ContextReadOnlyError);
  assert.throws(() => delete (ctx.cookies as any).ab, (e: unknown) => e instanceof ContextReadOnlyError);
  assert.throws(() => (ctx.headers as any).set("x", "y"), (e: unknown) => e instanceof ContextReadOnlyError);
  assert.throws(() => (ctx.theme as any).type = "light");
  assert.is(ctx.cookies.ab, "1");
});

test("nothing known: undefined values, empty maps", () => {
  const ctx = contextView(() => ({}));
  assert.is(ctx.timezone, undefined);
  assert.is(ctx.theme, undefined);
  assert.is(ctx.headers.size, 0);
  assert.equal(ctx.cookies.toDict(), {});
});

test("AppTest: { context } reaches st.context; at.state.context changes it for the next run", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.text(`tz=${st.context.timezone} locale=${st.context.locale} theme=${st.context.theme?.type} ua=${st.context.headers.get("user-agent")}`);
  }, { context: { timezone: "Asia/Tokyo", locale: "ja", theme: "light", headers: [["User-Agent", "test"]] } }).run();
  assert.is(at.text[0]!.value, "tz=Asia/Tokyo locale=ja theme=light ua=test");
  at.state.context = { ...at.state.context, timezone: "UTC" };
  await at.run();
  assert.is(at.text[0]!.value, "tz=UTC locale=ja theme=light ua=test");
});

test("an app that writes st.context gets the error shown", async () => {
  const at = await AppTest.fromFunction((st) => {
    (st.context as any).timezone = "UTC";
  }).run();
  assert.ok(at.exception.length === 1 && /read-only/.test(at.exception[0]!.message), "shown as an exception");
});

test.run();
