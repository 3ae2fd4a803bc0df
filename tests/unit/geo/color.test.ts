// st.map's colours: Streamlit's forms normalised to "#rrggbb(aa)", anything else refused (null).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { looksLikeColor, parseColor } from "../../../src/geo/color.ts";

test("hex strings of every length", () => {
  assert.is(parseColor("#F00"), "#ff0000");
  assert.is(parseColor("#f008"), "#ff000088");
  assert.is(parseColor(" #0068C9 "), "#0068c9");
  assert.is(parseColor("#0068c980"), "#0068c980");
});

test("tuples of ints 0–255 or floats 0–1, alpha either way", () => {
  assert.is(parseColor([255, 0, 0]), "#ff0000");
  assert.is(parseColor([200, 30, 0, 160]), "#c81e00a0");
  assert.is(parseColor([1, 0.5, 0]), "#ff8000");
  assert.is(parseColor([0, 128, 255, 0.5]), "#0080ff80");
  assert.is(parseColor([0, 128, 255, 1]), "#0080ff");
});

test("anything else is not a colour (so nothing else reaches an SVG attribute)", () => {
  for (const bad of ["red", "#12", "#1234567", 'url(#x)" onload="x', "#ggg", [1, 2], [1, 2, 3, 4, 5], [-1, 0, 0], ["1", 0, 0], null, 42]) {
    assert.is(parseColor(bad), null, JSON.stringify(bad));
  }
});

test("a string starting with # is a colour, anything else a column name", () => {
  assert.ok(looksLikeColor("#fff"));
  assert.not.ok(looksLikeColor("colour"));
});

test.run();
