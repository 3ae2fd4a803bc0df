// formatCell and friends: numbers (default, named, printf), dates (default, named, patterns, ISO strings), the rest.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatCell, formatNumber, formatDate, parseIsoDate } from "../../../src/data/index.ts";

test("numbers by default: whole numbers plain (no grouping: years stay 2024), fractions up to 4 decimals", () => {
  assert.is(formatCell(2024, "integer"), "2024");
  assert.is(formatCell(100000, "integer"), "100000");
  assert.is(formatCell(1 / 3, "float"), "0.3333");
  assert.is(formatCell(NaN, "float"), "NaN");
});

test("named number formats", () => {
  assert.is(formatNumber(1234567.891, "localized"), "1,234,567.891");
  assert.is(formatNumber(1234.5, "dollar"), "$1,234.50");
  assert.is(formatNumber(1234.5, "euro"), "€1,234.50");
  assert.is(formatNumber(0.256, "percent"), "25.6%");
  assert.is(formatNumber(1234567, "compact"), "1.2M");
  assert.is(formatNumber(1234, "scientific"), "1.234E3");
  assert.is(formatNumber(-5, "accounting"), "($5.00)");
  assert.is(formatNumber(1234.5, "plain"), "1234.5");
});

test("printf-style number formats", () => {
  assert.is(formatNumber(3.14159, "%.2f"), "3.14");
  assert.is(formatNumber(42.7, "%d €"), "42 €");
  assert.is(formatNumber(0.5, "%.1f%%"), "0.5%");
});

test("locale", () => {
  assert.is(formatNumber(1234.5, "localized", "de"), "1.234,5");
  assert.is(formatCell(1234.5, "float", { format: "euro", locale: "de" }), "1.234,50\u00a0€");
});

test("dates: defaults by type, in UTC", () => {
  const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
  assert.is(formatCell(new Date(Date.UTC(2024, 2, 5)), "date"), "2024-03-05");
  assert.is(formatCell(d, "datetime"), "2024-03-05 14:07:09");
  assert.is(formatCell(d, "datetime", { dateKind: "time" }), "14:07:09");
});

test("dates: patterns, named formats and ISO strings under a date column", () => {
  const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
  assert.is(formatDate(d, "datetime", "DD MMM YYYY, hh:mm A"), "05 Mar 2024, 02:07 PM");
  assert.is(formatDate(d, "date", "dddd [the] D"), "Tuesday the 5");
  assert.is(formatDate(d, "datetime", "iso8601"), "2024-03-05T14:07:09.000Z");
  assert.is(formatDate(d, "date", "localized"), "Mar 5, 2024");
  assert.is(formatDate(d, "datetime", "distance", "en", d.getTime() + 3 * 86_400_000), "3 days ago");
  assert.is(formatCell("2024-03-05", "string", { dateKind: "date", format: "D MMMM YYYY" }), "5 March 2024");
  assert.is(formatCell("not a date", "string", { dateKind: "date" }), "not a date");
  assert.is(parseIsoDate("2024-03-05 10:00")?.toISOString(), "2024-03-05T10:00:00.000Z");
  assert.is(parseIsoDate("05/03/2024"), null);
});

test("other values", () => {
  assert.is(formatCell(null, "integer"), "");
  assert.is(formatCell(true, "boolean"), "true");
  assert.is(formatCell(["a", 1, null], "list"), "a, 1, ");
  assert.is(formatCell({ a: 1 }, "object"), '{"a":1}');
  assert.is(formatCell("<b>", "string"), "<b>");
});

test.run();
