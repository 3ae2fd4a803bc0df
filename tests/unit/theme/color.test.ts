// Theme colour parsing (hex, rgb(), hsl(), names) and WCAG contrast.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { contrastRatio, isDark, parseColor, toHex } from "../../../src/theme/color.ts";

const hex = (s: string) => {
  const c = parseColor(s);
  return c && toHex(c);
};

test("hex in 3, 4, 6 and 8 digits", () => {
  assert.is(hex("#F0a"), "#ff00aa");
  assert.is(hex("#ff4b4b"), "#ff4b4b");
  assert.is(parseColor("#ff4b4b80")!.a.toFixed(2), "0.50");
  assert.is(parseColor("#fff8")!.a.toFixed(2), "0.53");
});

test("rgb() and rgba(), comma and space syntax, percentages", () => {
  assert.is(hex("rgb(255, 75, 75)"), "#ff4b4b");
  assert.is(hex("rgb(255 75 75 / 50%)"), "#ff4b4b");
  assert.is(parseColor("rgba(0,0,0,.25)")!.a, 0.25);
  assert.is(hex("rgb(100% 0% 0%)"), "#ff0000");
});

test("hsl() and hsla(), with angle units", () => {
  assert.is(hex("hsl(0 100% 50%)"), "#ff0000");
  assert.is(hex("hsl(120, 100%, 25%)"), "#008000");
  assert.is(hex("hsla(0.5turn 100% 50% / 1)"), "#00ffff");
});

test("named colours, case-insensitive", () => {
  assert.is(hex("CornflowerBlue"), "#6495ed");
  assert.is(hex("rebeccapurple"), "#663399");
});

test("what is not a colour is null", () => {
  for (const s of ["", "blurple", "#12", "#ggg", "rgb(1,2)", "rgb(1deg,2,3)", "hsl(10%,50%,50%)", "red; background: url(x)", "var(--x)"]) {
    assert.is(parseColor(s), null, s);
  }
});

test("contrast ratios match WCAG's", () => {
  const c = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);
  assert.is(c("#000", "#fff").toFixed(2), "21.00");
  assert.is(c("#fff", "#fff").toFixed(2), "1.00");
  assert.is(c("#767676", "#ffffff").toFixed(2), "4.54");
  assert.is(c("#ffffff", "#767676").toFixed(2), "4.54", "symmetric");
  assert.ok(c("rgb(0 0 0 / 0%)", "#fff") < 1.01, "a transparent foreground is the background");
});

test("isDark tells dark backgrounds from light ones", () => {
  assert.ok(isDark(parseColor("#0e1117")!));
  assert.ok(isDark(parseColor("navy")!));
  assert.not.ok(isDark(parseColor("#ffffff")!));
  assert.not.ok(isDark(parseColor("#f0f2f6")!));
});

test.run();
