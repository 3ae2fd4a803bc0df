// The chart colours (static/css/60-charts.css) measured, in the light and the dark theme: every series colour has
// >= 3:1 contrast with the page and sidebar backgrounds and with the next series; chart text meets 4.5:1.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";

const css = readFileSync("static/css/60-charts.css", "utf8") + readFileSync("static/sluice.css", "utf8");
const [lightCss, darkCss] = [css.replace(/@media[^{]*\{[\s\S]*?\}\s*\}/g, ""), [...css.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{([\s\S]*?\})\s*\}/g)].map((m) => m[1]).join("\n")];

function vars(text: string): Map<string, string> {
  return new Map([...text.matchAll(/(--sl-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
export const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

for (const [theme, text] of [["light", lightCss], ["dark", darkCss]] as const) {
  const v = theme === "light" ? vars(text) : new Map([...vars(lightCss), ...vars(text)]);
  const series = Array.from({ length: 8 }, (_, i) => v.get(`--sl-chart-${i + 1}`)!);

  test(`${theme}: eight series colours, each >= 3:1 against the page and the sidebar background`, () => {
    assert.is(series.filter(Boolean).length, 8);
    for (const bg of ["--sl-bg", "--sl-bg2"]) {
      for (const c of series) assert.ok(contrast(c, v.get(bg)!) >= 3, `${c} on ${bg} ${v.get(bg)}: ${contrast(c, v.get(bg)!).toFixed(2)}`);
    }
  });

  test(`${theme}: adjacent series (and the last with the first) differ by >= 3:1`, () => {
    series.forEach((c, i) => {
      const next = series[(i + 1) % series.length]!;
      assert.ok(contrast(c, next) >= 3, `${c} next to ${next}: ${contrast(c, next).toFixed(2)}`);
    });
  });

  test(`${theme}: chart text (titles, axis and legend labels) meets 4.5:1, axis lines 3:1`, () => {
    for (const bg of ["--sl-bg", "--sl-bg2"]) {
      assert.ok(contrast(v.get("--sl-text")!, v.get(bg)!) >= 4.5);
      assert.ok(contrast(v.get("--sl-muted")!, v.get(bg)!) >= 4.5);
      assert.ok(contrast(v.get("--sl-border")!, v.get(bg)!) >= 3);
    }
  });
}

test.run();
