// The theming example: its config.toml is a valid [theme] with no contrast warnings, and the app shows its widgets,
// a chart and the st.context values it is given.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { AppTest } from "../../../src/testing/index.ts";
import { resolveTheme } from "../../../src/theme/options.ts";
import { contrastWarnings } from "../../../src/theme/contrast.ts";
import type { PartialTheme } from "../../../src/config.ts";

const exampleTheme = () => (parse(readFileSync("examples/theming/.sluice/config.toml", "utf8")) as { theme: PartialTheme }).theme;

test("examples/theming/.sluice/config.toml: a theme and a sidebar theme, every pair at WCAG AA", () => {
  const theme = resolveTheme(exampleTheme());
  assert.ok(theme.primaryColor && theme.sidebar.backgroundColor);
  assert.equal(contrastWarnings(theme), []);
});

test("the app shows widgets, a chart and st.context", async () => {
  const at = await AppTest.fromFile("examples/theming/app.ts", { context: { timezone: "Europe/Oslo", locale: "nb-NO", theme: "light", headers: [["user-agent", "UA/1"]] } }).run();
  assert.is(at.exception.length, 0);
  assert.is(at.charts.length, 1);
  assert.ok(at.sidebar.slider.length === 1 && at.button.length >= 2);
  assert.is(at.caption.at(-1)!.value, "Time zone: Europe/Oslo");
  const json = JSON.stringify(at.json.at(-1)!.value);
  assert.match(json, /nb-NO/);
  assert.match(json, /UA\/1/);
});

test.run();
