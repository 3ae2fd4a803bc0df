// Accessibility: axe-core reports zero violations on every example, in the light and the dark theme, before and
// after an interaction.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync } from "node:fs";
import { axeViolations, useBrowser, waitForText, withApp } from "./harness.ts";

const examples = readdirSync(new URL("../../examples/", import.meta.url))
  .filter((f) => f.endsWith(".ts") && !f.startsWith("serve-"))
  .map((f) => f.replace(/\.ts$/, ""));

const ctx = useBrowser(test);

for (const name of examples) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${name} (${colorScheme}): zero axe violations`, () =>
      withApp(
        ctx.browser,
        name,
        async (page) => {
          // A page that keeps its stream open (a runEvery fragment) never goes network-idle: wait at most 2 s.
          await page.waitForLoadState("networkidle", { timeout: 2000 }).catch(() => {});
          assert.equal(await axeViolations(page), []);
        },
        { contextOptions: { colorScheme } },
      ));
  }
}

test("hello after interactions: zero axe violations", () =>
  withApp(ctx.browser, "hello", async (page) => {
    await page.getByLabel("Show details").check();
    await waitForText(page, "Widgets keep their values");
    await page.getByText("What is in session state?").click();
    assert.equal(await axeViolations(page), []);
  }));

test.run();
