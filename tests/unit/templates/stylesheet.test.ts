// The stylesheet's promises, computed from static/sluice.css itself: contrast of text (4.5:1), input borders and the
// slider track (3:1; WCAG 1.4.3, 1.4.11) against every background they sit on, in the light and the dark theme.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";

const css = readFileSync(new URL("../../../static/sluice.css", import.meta.url), "utf8");
const dark = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
const vars = (text: string) => Object.fromEntries([...text.matchAll(/--sl-([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
const themes = { light: vars(css.slice(0, css.indexOf("@media"))), dark: { ...vars(css.slice(0, css.indexOf("@media"))), ...vars(dark.slice(0, dark.indexOf("}\n}"))) } };

function ratio(a: string, b: string): number {
  const lum = (h: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

for (const [name, v] of Object.entries(themes)) {
  test(`${name}: input borders and the slider track reach 3:1 on the page, the fields and the sidebar`, () => {
    for (const bg of ["bg", "bg2"]) assert.ok(ratio(v.border!, v[bg]!) >= 3, `border ${v.border} on ${bg} ${v[bg]}: ${ratio(v.border!, v[bg]!).toFixed(2)}`);
  });
  test(`${name}: placeholders and muted text reach 4.5:1`, () => {
    for (const bg of ["bg", "bg2"]) assert.ok(ratio(v.muted!, v[bg]!) >= 4.5, `muted on ${bg}: ${ratio(v.muted!, v[bg]!).toFixed(2)}`);
  });
  test(`${name}: chips (primary) keep their text at 4.5:1`, () => {
    assert.ok(ratio(v["primary-text"]!, v.primary!) >= 4.5);
  });
}

test("placeholders use the muted colour, and the slider track the border colour", () => {
  assert.match(css, /::placeholder\s*\{\s*color:\s*var\(--sl-muted\);\s*opacity:\s*1/);
  assert.match(css, /::-webkit-slider-runnable-track\s*\{[^}]*background:\s*var\(--sl-border\)/);
});

test.run();
