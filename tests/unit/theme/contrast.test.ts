// The [theme] contrast check: warnings name the option, both colours and the ratio; sluice's own colours pass.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { resolveTheme } from "../../../src/theme/options.ts";
import { contrastProblems, contrastWarnings } from "../../../src/theme/contrast.ts";

test("no theme, or a theme of good colours: no warnings", () => {
  assert.equal(contrastWarnings(resolveTheme()), []);
  assert.equal(contrastWarnings(resolveTheme({ base: "dark" })), []);
  assert.equal(contrastWarnings(resolveTheme({ primaryColor: "#1a5fb4", backgroundColor: "#ffffff", textColor: "#111111" })), []);
  assert.equal(contrastWarnings(resolveTheme({ backgroundColor: "#102030" })), [], "text, muted text and borders follow a dark background");
});

test("grey text on white: a warning naming textColor, backgroundColor, both colours and the ratio", () => {
  const [w, ...rest] = contrastWarnings(resolveTheme({ textColor: "#999999", backgroundColor: "#ffffff" }));
  assert.ok(w, "a warning");
  assert.match(w!, /text: theme\.textColor #999999 on theme\.backgroundColor #ffffff is 2\.85:1, below WCAG AA's 4\.5:1 for text/);
  assert.ok(rest.every((r) => !/^sluice: theme contrast: text:/.test(r)));
});

test("a pale primary colour: buttons below 3:1 (non-text), reported once for the focus ring too", () => {
  const problems = contrastProblems(resolveTheme({ primaryColor: "#ffd0d0" }));
  const primary = problems.filter((p) => p.fg.from === "theme.primaryColor");
  assert.is(primary.length, 1);
  assert.is(primary[0]!.required, 3);
  assert.match(contrastWarnings(resolveTheme({ primaryColor: "#ffd0d0" }))[0]!, /primary colour.*theme\.primaryColor #ffd0d0 on sluice's default #ffffff .*3:1 for non-text/);
});

test("the link colour is checked as text", () => {
  const w = contrastWarnings(resolveTheme({ linkColor: "#7fb0ff" }));
  assert.ok(w.some((l) => /links: theme\.linkColor #7fb0ff on sluice's default #ffffff .* 4\.5:1/.test(l)), w.join("\n"));
});

test("the sidebar's pairs are checked with their own options", () => {
  const w = contrastWarnings(resolveTheme({ sidebar: { backgroundColor: "#202020", textColor: "#444444" } }));
  assert.ok(w.some((l) => /sidebar text: theme\.sidebar\.textColor #444444 on theme\.sidebar\.backgroundColor #202020/.test(l)), w.join("\n"));
  assert.not.ok(w.some((l) => /^sluice: theme contrast: text:/.test(l)), "the main area is fine");
});

test("a primary colour too dark for a dark base is reported against the dark background", () => {
  const w = contrastWarnings(resolveTheme({ base: "dark", primaryColor: "#300000" }));
  assert.ok(w.some((l) => /theme\.primaryColor #300000 on sluice's default #0e1117/.test(l)), w.join("\n"));
});

test.run();
