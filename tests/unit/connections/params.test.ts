// Query parameters: placeholders are found outside literals, quoted names and comments, and rewritten into the
// driver's style with the values in order; mismatches are typed errors that show the statement.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bindParams, placeholders } from "../../../src/connections/params.ts";
import { SqlParamsError } from "../../../src/util/errors.ts";

test("? binds a list in order; SQLite keeps ?, PostgreSQL gets $1, $2", () => {
  assert.equal(bindParams("select * from t where a = ? and b > ?", [1, "x"], "sqlite"), { text: "select * from t where a = ? and b > ?", values: [1, "x"] });
  assert.equal(bindParams("select * from t where a = ? and b > ?", [1, "x"], "postgresql"), { text: "select * from t where a = $1 and b > $2", values: [1, "x"] });
});

test("$1 binds by position (reused and out of order), for SQLite too", () => {
  assert.equal(bindParams("select $2, $1, $2", ["a", "b"], "sqlite"), { text: "select ?, ?, ?", values: ["b", "a", "b"] });
  assert.equal(bindParams("select $2, $1", ["a", "b"], "postgresql"), { text: "select $1, $2", values: ["b", "a"] });
});

test(":name binds an object; key order and extra keys do not matter", () => {
  const r = bindParams("select * from t where a = :a and (b = :b or c = :a)", { b: 2, a: 1, unused: 3 }, "sqlite");
  assert.equal(r, { text: "select * from t where a = ? and (b = ? or c = ?)", values: [1, 2, 1] });
});

test("placeholders inside strings, quoted names, comments and dollar quotes are text", () => {
  const sql = `select '?', 'it''s :x', "col?", \`a?\`, [b?] -- a ? here\n, /* :y ? */ $tag$ ? :z $tag$, $$?$$ from t where a = ?`;
  assert.equal(placeholders(sql, "sqlite").length, 1);
  assert.equal(bindParams(sql, [5], "sqlite").values, [5]);
});

test("a PostgreSQL cast (::int) is not a named placeholder", () => {
  assert.equal(bindParams("select :v::int, '1'::text", { v: "7" }, "postgresql"), { text: "select $1::int, '1'::text", values: ["7"] });
});

test("a count mismatch, a missing name, mixed styles and no params are errors naming the statement", () => {
  const err = (f: () => unknown, pattern: RegExp) => {
    try {
      f();
      assert.unreachable("should throw");
    } catch (e) {
      assert.instance(e, SqlParamsError);
      assert.match((e as Error).message, pattern);
      assert.match((e as Error).message, /Statement: select/);
    }
  };
  err(() => bindParams("select ?, ?", [1], "sqlite"), /\? has no value: params has 1/);
  err(() => bindParams("select ?", [1, 2], "sqlite"), /1 positional placeholder\(s\) but params has 2/);
  err(() => bindParams("select :a", { b: 1 }, "sqlite"), /:a has no value in params \(it has: b\)/);
  err(() => bindParams("select :a", [1], "sqlite"), /params is a list/);
  err(() => bindParams("select ?", { a: 1 }, "sqlite"), /params is an object/);
  err(() => bindParams("select ?", undefined, "sqlite"), /no params were given/);
  err(() => bindParams("select ?", "x" as never, "sqlite"), /must be a list/);
});

test("PostgreSQL without params sends the statement as written (a JSON ? operator stays)", () => {
  assert.equal(bindParams(`select '{"a":1}'::jsonb ? 'a'`, undefined, "postgresql").values, []);
});

test.run();
