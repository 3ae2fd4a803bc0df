// Fragments in Chromium (examples/fragments.ts): an interaction inside a fragment leaves the rest of the page's
// DOM nodes untouched; a runEvery fragment updates over the tab's stream; without JavaScript the same interaction
// reruns the app; axe finds nothing.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";
import type { St } from "../../src/elements/index.ts";

const ctx = useBrowser(test, "fragments");

const drawnBy = async (page: import("playwright-core").Page) => Number(/Drawn by full run (\d+)/.exec(await page.locator("main").innerText())?.[1]);

test("a button inside a fragment updates it in place; the outside nodes are the same DOM nodes", async () => {
  const page = await ctx.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(ctx.app.url);
  const before = await drawnBy(page);
  // Tag the nodes outside the fragment: a swap would replace them with untagged ones.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll("#sl-0-c > *")) (el as any).__outside = true;
  });
  const add = page.getByRole("button", { name: "Add one" });
  await add.focus();
  await page.keyboard.press("Enter");
  await waitForText(page, "Count: 1");
  await page.keyboard.press("Enter");
  await waitForText(page, "Count: 2");
  const untouched = await page.evaluate(() => [...document.querySelectorAll("#sl-0-c > *")].filter((el) => !el.contains(document.activeElement)).every((el) => (el as any).__outside === true));
  assert.ok(untouched, "the title, the report and the checkbox were not swapped");
  assert.is(await drawnBy(page), before, "the expensive part did not run again");
  assert.ok(await add.evaluate((el) => el === document.activeElement), "focus stays on the button");
  // A change outside the fragments reruns the app.
  await page.getByLabel("Shout").check();
  await waitForText(page, "A CHANGE OUTSIDE");
  assert.is(await drawnBy(page), before + 1);
  assert.equal(errors, []);
  await page.close();
});

test("a runEvery fragment updates by itself over the stream", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  assert.ok(await page.locator("#sl-stream").count(), "the page opened its stream");
  const ticks = async () => Number(/Ticks: (\d+)/.exec(await page.locator("main").innerText())?.[1]);
  const first = await ticks();
  await page.waitForFunction((n) => Number(/Ticks: (\d+)/.exec(document.body.innerText)?.[1]) >= n + 2, first, { timeout: 6000 });
  assert.ok((await ticks()) >= first + 2);
  await page.close();
});

test("a runEvery fragment that appears after the page loaded opens the stream, and its timer updates the page", async () => {
  let ticks = 0;
  await withApp(ctx.browser, async (st: St) => {
    if (st.checkbox("Live")) await st.fragment((f) => f.text(`live tick ${++ticks}`), { runEvery: 0.2 });
  }, async (page) => {
    assert.is(await page.locator("#sl-stream").count(), 0, "no timer yet: no stream");
    await page.getByLabel("Live").check();
    await page.locator("#sl-stream").waitFor({ state: "attached" });
    const first = ticks;
    await page.waitForFunction((n) => Number(/live tick (\d+)/.exec(document.body.innerText)?.[1]) >= n + 2, first, { timeout: 6000 });
  });
});

test("axe: no violations, in both themes", async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await ctx.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(ctx.app.url);
    assert.equal(await axeViolations(page), [], colorScheme);
    await context.close();
  }
});

test("without JavaScript, a button inside a fragment reruns the app and the page shows the result", async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  const before = await drawnBy(page);
  await page.getByRole("button", { name: "Add one" }).click();
  await page.getByText("Count: 1").waitFor();
  assert.is(await drawnBy(page), before + 1, "a full rerun");
  assert.is(await page.locator("#sl-stream").count(), 1, "the stream element is there but nothing runs it");
  await context.close();
});

test.run();
