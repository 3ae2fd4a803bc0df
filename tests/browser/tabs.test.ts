// Tabs: each tab is its own session, and eight tabs of one app in one browser all stay live — also with rerun on
// save on, where every tab wants a stream (a browser allows 6 HTTP/1.1 connections per host).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { example, startApp, useBrowser, waitForText } from "./harness.ts";

const ctx = useBrowser(test);

test("two tabs are isolated", async () => {
  const app = await startApp(await example("hello"));
  const context = await ctx.browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(app.url);
  await b.goto(app.url);
  await a.getByRole("button", { name: "Click me" }).click();
  await waitForText(a, "Button clicked 1 times");
  await b.getByLabel("Pick a number").focus();
  await b.keyboard.press("ArrowRight");
  await waitForText(b, "51 squared is 2601");
  assert.ok(await b.getByText("Button clicked 0 times").isVisible());
  assert.ok(await a.getByText("50 squared is 2500").isVisible());
  await context.close();
  await app.close();
});

for (const runOnSave of [false, true]) {
  test(`eight tabs of one app in one browser all respond (rerun on save ${runOnSave ? "on" : "off"})`, async () => {
    const app = await startApp(await example("hello"), { server: { runOnSave } });
    const context = await ctx.browser.newContext();
    const pages = [];
    for (let i = 0; i < 8; i++) {
      const page = await context.newPage();
      await page.goto(app.url, { timeout: 5000 });
      pages.push(page);
    }
    for (const [i, page] of pages.entries()) {
      await page.getByLabel("Pick a number").focus();
      for (let k = 0; k <= i; k++) await page.keyboard.press("ArrowRight");
      const n = 51 + i;
      await waitForText(page, `${n} squared is ${n * n}`);
    }
    if (runOnSave) {
      // A save reaches every tab: the held streams at once, the others at their next poll.
      app.server.reload((st) => st.title("Reloaded app"));
      for (const page of pages) await waitForText(page, "Reloaded app", 8000);
    }
    await context.close();
    await app.close();
  });
}

test.run();
