// Page titles, URL paths and order from file and function names (Streamlit's pages/ rules).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pageNameFromFile, pageNameFromFunction, sortPages } from "../../../src/pages/names.ts";

test("numeric prefix, separators and underscores: title and URL path", () => {
  assert.equal(pageNameFromFile("pages/01_sales_report.ts"), { title: "sales report", urlPath: "sales_report", order: 1, icon: "" });
  assert.equal(pageNameFromFile("10 - Big  Numbers.tsx"), { title: "Big Numbers", urlPath: "Big_Numbers", order: 10, icon: "" });
  assert.equal(pageNameFromFile("about.js"), { title: "about", urlPath: "about", order: Infinity, icon: "" });
  assert.equal(pageNameFromFile("pages/a__b.mts").urlPath, "a_b", "runs of underscores collapse");
});

test("a leading emoji is the page's icon", () => {
  assert.equal(pageNameFromFile("02_📈_charts.ts"), { title: "charts", urlPath: "charts", order: 2, icon: "📈" });
});

test("a function's name gives its title and path", () => {
  assert.equal(pageNameFromFunction("sales_report"), { title: "sales report", urlPath: "sales_report" });
});

test("pages/ is sorted by number, then by title; pages without a number come last", () => {
  const files = ["zeta.ts", "10_ten.ts", "2_two.ts", "alpha.ts", "02_b.ts"].map((file) => ({ file }));
  assert.equal(sortPages(files).map((f) => f.file), ["02_b.ts", "2_two.ts", "10_ten.ts", "alpha.ts", "zeta.ts"]);
});

test.run();
