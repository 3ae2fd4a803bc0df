// st.secrets: read-only, key and attribute access, a typed error naming the missing key and the files searched,
// and no value in anything printed (console, String, JSON, st.write, an exception's text).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { AppTest } from "../../../src/testing/index.ts";
import { createSecrets, rootEnvVars, SECRETS_SOURCES } from "../../../src/script/secrets.ts";
import { SecretNotFoundError, SecretsReadOnlyError } from "../../../src/util/errors.ts";

const values = { apiKey: "sk-TOPSECRET-1", port: 5432, debug: true, db: { user: "ada", password: "hunter2-PASS", opts: { ssl: true } }, hosts: ["a", "b"] };

test("attribute and key access reach the same values, nested tables too; has / in / keys / get", () => {
  const s = createSecrets(values);
  assert.is(s.apiKey, "sk-TOPSECRET-1");
  assert.is(s["db"]["password"], "hunter2-PASS");
  assert.is(s.db.password, "hunter2-PASS");
  assert.is(s.db.opts.ssl, true);
  assert.equal([...s.hosts], ["a", "b"]);
  assert.ok(s.has("db") && s.db.has("user") && !s.has("nope"));
  assert.ok("apiKey" in s && !("nope" in s) && "user" in s.db);
  assert.equal(Object.keys(s), ["apiKey", "port", "debug", "db", "hosts"]);
  assert.is(s.get("nope", "fallback"), "fallback");
  assert.is(s.db.get("user"), "ada");
  assert.is(s.db, s.db, "a nested table is one view");
  assert.equal(s.toDict(), values);
  const copy = s.toDict() as { db: { user: string } };
  copy.db.user = "changed"; // a copy: the secrets stay as they were
  assert.is(s.db.user, "ada");
});

test("writes and deletes throw SecretsReadOnlyError, at the root and in nested tables; arrays are frozen", () => {
  const s = createSecrets(values) as any;
  assert.throws(() => (s.apiKey = "x"), (e: Error) => e instanceof SecretsReadOnlyError && /"apiKey" cannot be set/.test(e.message));
  assert.throws(() => (s.db.password = "x"), (e: Error) => e instanceof SecretsReadOnlyError && /"db.password"/.test(e.message));
  assert.throws(() => delete s.db.user, (e: Error) => e instanceof SecretsReadOnlyError);
  assert.throws(() => Object.defineProperty(s, "x", { value: 1 }), (e: Error) => e instanceof SecretsReadOnlyError);
  assert.throws(() => s.hosts.push("c"), (e: Error) => e instanceof TypeError);
  assert.is(s.db.password, "hunter2-PASS");
});

test("the given object is copied: changing it later does not change st.secrets", () => {
  const given = { db: { password: "one" } };
  const s = createSecrets(given);
  given.db.password = "two";
  assert.is(s.db.password, "one");
});

test("a missing key throws SecretNotFoundError naming the key path and the files searched, never a value", () => {
  const v = Object.defineProperty({ ...values }, SECRETS_SOURCES, { value: { searched: ["/home/u/.sluice/secrets.toml", "/p/.sluice/secrets.toml"], found: ["/p/.sluice/secrets.toml"] } });
  const s = createSecrets(v);
  let error: unknown;
  try {
    void s.db.pasword;
  } catch (e) {
    error = e;
  }
  assert.instance(error, SecretNotFoundError);
  const e = error as SecretNotFoundError;
  assert.is(e.key, "db.pasword");
  assert.match(e.message, /st\.secrets has no key "db\.pasword"/);
  assert.match(e.message, /Did you mean "db\.password"\?/);
  assert.match(e.message, /\/home\/u\/\.sluice\/secrets\.toml \(not found\), \/p\/\.sluice\/secrets\.toml \(found\)/);
  for (const secret of ["hunter2", "TOPSECRET", "ada"]) assert.not.match(e.message, secret);
  assert.throws(() => createSecrets({}, { searched: ["/p/.sluice/secrets.toml"], found: [] }).x, /No secrets found: create \.sluice\/secrets\.toml/);
});

test("printing shows keys only: console (inspect), String, template literals, JSON", () => {
  const s = createSecrets(values);
  const printed = [inspect(s), inspect(s, { showProxy: true, depth: 9 }), inspect(s.db), String(s), `${s.db}`, JSON.stringify(s), JSON.stringify({ s }), inspect({ nested: s })];
  for (const text of printed) {
    for (const secret of ["sk-TOPSECRET", "hunter2", "ada", "5432"]) assert.not.ok(text.includes(secret), `${secret} in ${text}`);
  }
  assert.match(String(s), /apiKey, port, debug, db, hosts/);
  assert.equal(JSON.parse(JSON.stringify(s)), { apiKey: "[redacted]", port: "[redacted]", debug: "[redacted]", db: { user: "[redacted]", password: "[redacted]", opts: { ssl: "[redacted]" } }, hosts: "[redacted]" });
  assert.not.ok("then" in s);
  assert.is((s as any).then, undefined, "not a thenable: `await st.secrets` gives it back");
});

test("st.secrets in an app: given to AppTest.fromFunction, st.write shows no value, a missing key is an exception element without values", async () => {
  const at = AppTest.fromFunction((st) => {
    st.text(`user ${st.secrets.db.user} has key ${st.secrets.has("apiKey")}`);
    st.write(st.secrets);
    st.text(String(st.secrets.db.nothere));
  }, { secrets: values });
  await at.run();
  assert.is(at.text[0]!.value, "user ada has key true");
  const body = at.json[0]!.body;
  assert.not.ok(body.includes("hunter2") || body.includes("TOPSECRET"), body);
  assert.equal((at.json[0]!.value as any).db, { user: "[redacted]", password: "[redacted]", opts: { ssl: "[redacted]" } });
  assert.is(at.exception[0]!.errorType, "SecretNotFoundError");
  const shown = at.exception[0]!.message + at.exception[0]!.stackTrace.join("\n");
  assert.match(shown, /db\.nothere/);
  assert.not.ok(shown.includes("hunter2") || shown.includes("TOPSECRET"), shown);
});

test("AppTest: secrets set between runs apply on the next run; without any, a key names where secrets come from", async () => {
  const at = AppTest.fromFunction((st) => void st.text(st.secrets.get("token", "none")));
  await at.run();
  assert.is(at.text[0]!.value, "none");
  at.secrets.token = "t-1";
  await at.run();
  assert.is(at.text[0]!.value, "t-1");
  const bare = AppTest.fromFunction((st) => void st.text(st.secrets.token));
  await bare.run();
  assert.match(bare.exception[0]!.message, /st\.secrets has no key "token"\. The secrets were given as an object \(createApp\(\{ secrets \}\) \/ AppTest's secrets\)/);
});

test("AppTest.fromFile takes secrets too", async () => {
  const at = AppTest.fromFile("../../../examples/secrets/app.ts", { base: import.meta.url, secrets: { greeting: "Hi from a test", db: { user: "tester", password: "p" } } });
  await at.run();
  assert.ok(at.markdown.some((m) => m.value.includes("Hi from a test")), at.markdown.map((m) => m.value).join(" | "));
});

test("[connections.NAME] is a plain nested table: st.secrets.connections.NAME is what a connection reads", () => {
  const s = createSecrets({ connections: { local: { url: "sqlite:///data.db" }, pg: { host: "db", port: 5432 } } });
  assert.is(s.connections.local.url, "sqlite:///data.db");
  assert.equal(s.connections.pg.toDict(), { host: "db", port: 5432 });
  assert.ok(s.connections.has("pg") && !s.connections.has("mysql"));
  assert.throws(() => s.connections.mysql, /st\.secrets has no key "connections\.mysql"/);
});

test("root-level strings and numbers are the ones exported as environment variables", () => {
  assert.equal(rootEnvVars(values), { apiKey: "sk-TOPSECRET-1", port: "5432" });
});

test.run();
