// A SQL connection's settings: SQLAlchemy-style URLs and Streamlit's separate fields, the embedded default, and
// errors for what sluice cannot open. Passwords never show.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { describeTarget, redactUrl, sqlTarget } from "../../../src/connections/url.ts";
import { ConnectionConfigError } from "../../../src/util/errors.ts";

test("sqlite URLs: relative file, absolute file, memory; no url is .sluice/local.db", () => {
  assert.equal(sqlTarget({ url: "sqlite:///data.db" }), { dialect: "sqlite", path: "data.db" });
  assert.equal(sqlTarget({ url: "sqlite:////var/lib/app.db" }), { dialect: "sqlite", path: "/var/lib/app.db" });
  assert.equal(sqlTarget({ url: "sqlite:///:memory:" }), { dialect: "sqlite", path: ":memory:" });
  assert.equal(sqlTarget({ url: "sqlite://" }), { dialect: "sqlite", path: ":memory:" });
  assert.equal(sqlTarget({ url: "sqlite+pysqlite:///x.db" }), { dialect: "sqlite", path: "x.db" });
  assert.equal(sqlTarget({}), { dialect: "sqlite", path: ".sluice/local.db" });
  assert.equal(sqlTarget({ dialect: "sqlite", database: "shop.db" }), { dialect: "sqlite", path: "shop.db" });
});

test("postgresql URL and Streamlit's fields give the same target", () => {
  const fromUrl = sqlTarget({ url: "postgresql+psycopg2://ann:s%40cret@db.example:6543/shop?sslmode=require" });
  assert.equal(fromUrl, {
    dialect: "postgresql", host: "db.example", port: 6543, database: "shop", username: "ann", password: "s@cret",
    query: { sslmode: "require" }, clientOptions: {},
  });
  const fromFields = sqlTarget({ dialect: "postgresql", host: "db.example", port: "6543", database: "shop", username: "ann", password: "s@cret", query: { sslmode: "require" } });
  assert.equal(fromFields, fromUrl);
  assert.is(sqlTarget({ url: "postgres://localhost/x" }).dialect, "postgresql");
});

test("unsupported dialects, non-URLs and bad ports are ConnectionConfigErrors that hide the password", () => {
  for (const [settings, pattern] of [
    [{ url: "mysql://root:hunter2@localhost/db" }, /dialect "mysql".*not supported/],
    [{ dialect: "oracle" }, /dialect "oracle"/],
    [{ url: "data.db" }, /not a URL/],
    [{ url: "sqlite://host/data.db" }, /three slashes/],
    [{ dialect: "postgresql", port: "http" }, /not a port number/],
  ] as const) {
    try {
      sqlTarget(settings);
      assert.unreachable();
    } catch (e) {
      assert.instance(e, ConnectionConfigError);
      assert.match((e as Error).message, pattern);
      assert.not.match((e as Error).message, "hunter2");
    }
  }
});

test("describeTarget and redactUrl show *** for the password", () => {
  assert.is(redactUrl("postgresql://ann:hunter2@h:5432/db"), "postgresql://ann:***@h:5432/db");
  assert.is(redactUrl("sqlite:///a.db"), "sqlite:///a.db");
  assert.is(describeTarget(sqlTarget({ url: "postgresql://ann:hunter2@h/db" })), "postgresql://ann:***@h:5432/db");
  assert.is(describeTarget(sqlTarget({})), "sqlite:///.sluice/local.db");
});

test.run();
