// [theme] validation: complete defaults, [theme.sidebar], and clear errors naming the option.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { resolveConfig } from "../../../src/config.ts";
import { hasTheme, resolveTheme } from "../../../src/theme/options.ts";
import { ThemeOptionError } from "../../../src/util/errors.ts";

test("no [theme]: every option empty, no theme", () => {
  const t = resolveConfig().theme;
  assert.is(t.base, "");
  assert.is(t.primaryColor, "");
  assert.is(t.sidebar.textColor, "");
  assert.not.ok(hasTheme(t));
});

test("a partial theme with a partial sidebar is filled", () => {
  const t = resolveConfig({ theme: { primaryColor: " #ff4b4b ", sidebar: { backgroundColor: "navy" } } }).theme;
  assert.is(t.primaryColor, "#ff4b4b");
  assert.is(t.sidebar.backgroundColor, "navy");
  assert.is(t.sidebar.textColor, "");
  assert.ok(hasTheme(t));
  assert.ok(hasTheme(resolveTheme({ sidebar: { font: "serif" } })), "a sidebar-only theme is a theme");
  assert.ok(hasTheme(resolveTheme({ base: "dark" })), "base alone is a theme");
});

const fails = (given: Parameters<typeof resolveTheme>[0], option: string, hint: RegExp) => {
  try {
    resolveTheme(given);
  } catch (e) {
    assert.instance(e, ThemeOptionError);
    assert.is((e as ThemeOptionError).option, option);
    assert.match((e as Error).message, option);
    assert.match((e as Error).message, hint);
    return;
  }
  assert.unreachable(`${JSON.stringify(given)} was accepted`);
};

test("a bad colour names the option, the value and the forms accepted", () => {
  fails({ primaryColor: "blurple" }, "theme.primaryColor", /"blurple".*hex.*rgb\(.*hsl\(.*name/);
  fails({ sidebar: { textColor: "#12" } }, "theme.sidebar.textColor", /hex/);
  fails({ backgroundColor: "red;}body{x:y" }, "theme.backgroundColor", /colour/);
});

test("base, baseRadius and fonts are checked", () => {
  fails({ base: "blue" as "dark" }, "theme.base", /"light", "dark"/);
  fails({ baseRadius: "huge" }, "theme.baseRadius", /CSS length.*none/);
  fails({ font: "x; } body { color: red" }, "theme.font", /font family/);
  fails({ sidebar: { codeFont: "a{b" } }, "theme.sidebar.codeFont", /font family/);
  assert.is(resolveTheme({ baseRadius: "full" }).baseRadius, "full");
  assert.is(resolveTheme({ baseRadius: "6px" }).baseRadius, "6px");
  assert.is(resolveTheme({ font: '"Inter", sans-serif' }).font, '"Inter", sans-serif');
});

test.run();
