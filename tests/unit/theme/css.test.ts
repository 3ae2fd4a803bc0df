// The app theme's stylesheet: the palette as CSS custom properties on :root[data-sl-custom], the sidebar's on
// .sl-sidebar, light or dark from base or the background, fonts and radius.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { resolveTheme } from "../../../src/theme/options.ts";
import { themeCss, themeSheet } from "../../../src/theme/css.ts";
import { variantOf } from "../../../src/theme/palette.ts";

const block = (css: string, selector: string) => {
  const at = css.indexOf(selector + " {");
  assert.ok(at >= 0, `${selector} in\n${css}`);
  const body = css.slice(css.indexOf("{", at) + 1, css.indexOf("}", at));
  return new Map([...body.matchAll(/([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
};

test("no theme: no stylesheet", () => {
  assert.is(themeCss(resolveTheme()), "");
  assert.is(themeSheet(resolveTheme()).hash, "");
});

test("each colour option becomes its variable; the derived ones are set too", () => {
  const css = themeCss(resolveTheme({ primaryColor: "rgb(0 104 201)", backgroundColor: "#fffdf5", textColor: "navy", secondaryBackgroundColor: "#f3eee0", borderColor: "#6b6b6b", linkColor: "#0b5394" }));
  const v = block(css, ":root[data-sl-custom]");
  assert.is(v.get("--sl-primary"), "#0068c9");
  assert.is(v.get("--sl-bg"), "#fffdf5");
  assert.is(v.get("--sl-bg2"), "#f3eee0");
  assert.is(v.get("--sl-text"), "#000080");
  assert.is(v.get("--sl-border"), "#6b6b6b");
  assert.is(v.get("--sl-link"), "#0b5394");
  assert.is(v.get("--sl-focus"), "#0068c9", "the focus ring is the primary colour");
  assert.is(v.get("--sl-primary-text"), "#ffffff", "white reads better on that blue");
  assert.is(v.get("--sl-chart-1"), "#0068c9", "the first series colour, as Streamlit's");
  assert.ok(v.get("--sl-muted"), "muted text derived");
  assert.is(v.get("color-scheme"), "light");
});

test("light or dark: base wins, else the background decides, else light", () => {
  assert.is(variantOf(resolveTheme({ base: "dark", backgroundColor: "#ffffff" })), "dark");
  assert.is(variantOf(resolveTheme({ backgroundColor: "#111827" })), "dark");
  assert.is(variantOf(resolveTheme({ primaryColor: "red" })), "light");
  const v = block(themeCss(resolveTheme({ base: "dark", primaryColor: "#ff4b4b" })), ":root[data-sl-custom]");
  assert.is(v.get("--sl-bg"), "#0e1117", "the dark base's background");
  assert.is(v.get("--sl-primary-text"), "#000000", "dark text on a light red");
  assert.is(v.get("color-scheme"), "dark");
});

test("fonts and radius: keywords map to stacks and lengths", () => {
  const v = block(themeCss(resolveTheme({ font: "serif", codeFont: '"Fira Code", monospace', baseRadius: "none" })), ":root[data-sl-custom]");
  assert.match(v.get("--sl-font")!, /^ui-serif,.*serif, var\(--sl-emoji\)$/);
  assert.is(v.get("--sl-mono"), '"Fira Code", monospace, var(--sl-emoji)');
  assert.is(v.get("--sl-radius"), "0");
  assert.is(block(themeCss(resolveTheme({ baseRadius: "0.75rem" })), ":root[data-sl-custom]").get("--sl-radius"), "0.75rem");
});

test("[theme.sidebar] themes the sidebar only", () => {
  const css = themeCss(resolveTheme({ primaryColor: "#0068c9", sidebar: { backgroundColor: "#1d2b3a", textColor: "#ffffff", primaryColor: "#ffbd45" } }));
  const s = block(css, ":root[data-sl-custom] .sl-sidebar");
  assert.is(s.get("--sl-bg"), "#1d2b3a");
  assert.is(s.get("--sl-text"), "#ffffff");
  assert.is(s.get("--sl-primary"), "#ffbd45");
  assert.is(s.get("background"), "var(--sl-bg)");
  assert.is(block(css, ":root[data-sl-custom]").get("--sl-primary"), "#0068c9", "the main area keeps its own");
  assert.not.ok(themeCss(resolveTheme({ primaryColor: "red" })).includes(".sl-sidebar"), "no sidebar block without [theme.sidebar]");
});

test("the sheet's hash follows its content", () => {
  const a = themeSheet(resolveTheme({ primaryColor: "#0068c9" }));
  const b = themeSheet(resolveTheme({ primaryColor: "#0068ca" }));
  assert.ok(a.hash && b.hash && a.hash !== b.hash);
});

test.run();
