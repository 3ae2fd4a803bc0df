// Without JavaScript: the visible Apply button submits the form, the server reruns and answers with the page.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBrowser } from "./harness.ts";

const ctx = useBrowser(test, "hello");

test("the same slider change works with JavaScript disabled, via Apply", async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  const apply = page.getByRole("button", { name: "Apply" }).first();
  assert.ok(await apply.isVisible(), "Apply is visible without JavaScript");
  await page.getByLabel("Pick a number").fill("73");
  await apply.click();
  await page.getByText("73 squared is 5329").waitFor(); // the re-rendered page (opened at the changed field)
  assert.match(page.url(), /#sl-[\w-]+$/, "Apply returns to the changed field");
  assert.is(await page.getByLabel("Pick a number").inputValue(), "73");
  // A button is a submit button: one click, one increment.
  // Each click loads a new page: wait for it before reading (reading at once may see the old page).
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Click me" }).click()]);
  assert.ok(await page.getByText("Button clicked 1 times").isVisible());
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Apply" }).first().click()]);
  assert.ok(await page.getByText("Button clicked 1 times").isVisible());
  // The expander is a native <details>: it opens without scripts.
  await page.getByText("What is in session state?").click();
  assert.ok(await page.getByText('"n": 73').isVisible());
  await context.close();
});

test("with JavaScript on, the Apply bar is hidden", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  assert.not.ok(await page.getByRole("button", { name: "Apply" }).first().isVisible());
  await page.close();
});

test.run();
