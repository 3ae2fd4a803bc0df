// Accessibility: axe-core reports zero violations on every example, in the light and the dark theme, before and
// after an interaction.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync } from "node:fs";
import { axeViolations, example, startApp, useBrowser, waitForText } from "./harness.ts";

const examples = readdirSync(new URL("../../examples/", import.meta.url))
  .filter((f) => f.endsWith(".ts") && !f.startsWith("serve-"))
  .map((f) => f.replace(/\.ts$/, ""));

const ctx = useBrowser(test);

for (const name of examples) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${name} (${colorScheme}): zero axe violations`, async () => {
      const app = await startApp(await example(name));
      const context = await ctx.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(app.url);
      await page.waitForLoadState("networkidle").catch(() => {});
      assert.equal(await axeViolations(page), []);
      await context.close();
      await app.close();
    });
  }
}

test("hello after interactions: zero axe violations", async () => {
  const app = await startApp(await example("hello"));
  const page = await ctx.browser.newPage();
  await page.goto(app.url);
  await page.getByLabel("Show details").check();
  await waitForText(page, "Widgets keep their values");
  await page.getByText("What is in session state?").click();
  assert.equal(await axeViolations(page), []);
  await page.close();
  await app.close();
});

test.run();
