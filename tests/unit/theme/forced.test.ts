// The forced light and dark blocks of static/css/70-theme.css repeat every stylesheet's light values and dark
// media query exactly (a colour changed in one place but not the other would make the switch differ from the OS
// theme), and src/theme/palette.ts's BUILTIN matches static/sluice.css.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { themeVars } from "./css-vars.ts";
import { BUILTIN } from "../../../src/theme/palette.ts";

const css = readFileSync("static/css/70-theme.css", "utf8");
const forced = (mode: string) => {
  const m = new RegExp(String.raw`:root\[data-sl-theme=${mode}\]\s*\{([^}]*)\}`).exec(css);
  assert.ok(m, mode);
  return new Map([...m![1]!.matchAll(/(--sl-[\w-]+)\s*:\s*([^;]+);/g)].map((x) => [x[1]!, x[2]!.trim()]));
};

const [light, dark] = themeVars();

test("forced dark = every dark override", () => {
  assert.ok(dark.size > 20);
  assert.equal(Object.fromEntries(forced("dark")), Object.fromEntries(dark));
});

test("forced light = the light value of every variable the dark theme overrides", () => {
  assert.equal(Object.fromEntries(forced("light")), Object.fromEntries([...dark.keys()].map((k) => [k, light.get(k)])));
});

test("BUILTIN palettes are sluice.css's", () => {
  const names = { bg: "--sl-bg", bg2: "--sl-bg2", text: "--sl-text", muted: "--sl-muted", primary: "--sl-primary", primaryText: "--sl-primary-text", border: "--sl-border", focus: "--sl-focus" };
  for (const [k, v] of Object.entries(names)) {
    assert.is(BUILTIN.light[k as keyof typeof names], light.get(v), `light ${k}`);
    assert.is(BUILTIN.dark[k as keyof typeof names], dark.get(v), `dark ${k}`);
  }
});

test.run();
