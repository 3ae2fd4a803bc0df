// st.dataframe in Chromium (examples/dataframe.ts): sort by keyboard, page, select rows, reflow at 320 px (the table
// scrolls in its own focusable region, the page does not), and sort and page with JavaScript off.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { axeViolations, useBrowser, waitForText } from "./harness.ts";

const ctx = useBrowser(test, "dataframe");
const BIG = "100,000 measurements";

test("sort by keyboard: Enter on a header button sorts on the server; focus stays on the button", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  const table = page.getByRole("table", { name: BIG });
  const header = table.getByRole("columnheader", { name: /^count/ });
  assert.is(await header.getAttribute("aria-sort"), "none");
  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((name) => [...document.querySelectorAll("caption")].find((c) => c.textContent === name)?.closest("table")?.querySelector("th[aria-sort=ascending]"), BIG);
  assert.is(await header.getAttribute("aria-sort"), "ascending");
  const firstCounts = await table.locator("tbody tr td:nth-child(5)").allTextContents();
  assert.equal(firstCounts.slice(0, 3), ["0", "0", "0"]);
  assert.ok(await header.getByRole("button").evaluate((b) => b === document.activeElement), "focus kept on the sort button");
  await page.keyboard.press("Enter");
  await page.waitForFunction((name) => [...document.querySelectorAll("caption")].find((c) => c.textContent === name)?.closest("table")?.querySelector("th[aria-sort=descending]"), BIG);
  assert.equal((await table.locator("tbody tr td:nth-child(5)").allTextContents()).slice(0, 2), ["999", "999"]);
  assert.equal(await axeViolations(page), []);
  await page.close();
});

test("page with the pager; select rows with their checkboxes", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  const pager = page.getByRole("navigation", { name: `Pages of ${BIG}` });
  await pager.getByRole("button", { name: "Next page" }).click();
  await waitForText(page, "Rows 11–20 of 100,000");
  assert.is(await page.getByRole("table", { name: BIG }).locator("tbody th[scope=row]").first().textContent(), "10");
  await page.getByRole("table", { name: "Products" }).getByRole("checkbox", { name: "Select row 1" }).check();
  await waitForText(page, "Selected: Office chair");
  await page.getByRole("table", { name: "Products" }).getByRole("checkbox", { name: "Select row 3" }).check();
  await waitForText(page, "Selected: Office chair, Monitor arm");
  await page.close();
});

test("320 px: a wide table scrolls inside its focusable region; the page has no horizontal scroll", async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  const region = page.getByRole("region", { name: "Products" });
  assert.is(await region.getAttribute("tabindex"), "0");
  const sizes = await region.evaluate((r) => ({ scroll: r.scrollWidth, client: r.clientWidth }));
  assert.ok(sizes.scroll > sizes.client, `the table is wider than its region (${sizes.scroll} > ${sizes.client})`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no page-level horizontal scroll");
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => (document.activeElement as HTMLElement).scrollLeft > 0);
  await context.close();
});

test("JavaScript off: header buttons and the pager are form submits", async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  const table = page.getByRole("table", { name: BIG });
  await table.getByRole("columnheader", { name: /^count/ }).getByRole("button").click();
  await page.waitForLoadState();
  assert.is(await page.getByRole("table", { name: BIG }).getByRole("columnheader", { name: /^count/ }).getAttribute("aria-sort"), "ascending");
  const region = page.getByRole("region", { name: BIG });
  assert.ok(page.url().endsWith("#" + (await region.getAttribute("id"))), "the redirect returns to the table");
  assert.ok(await region.evaluate((r) => r === document.activeElement), "and focuses its region");
  await page.getByRole("navigation", { name: `Pages of ${BIG}` }).getByRole("button", { name: "Next page" }).click();
  await page.getByText("Rows 11–20 of 100,000").waitFor();
  assert.is(await page.getByRole("table", { name: BIG }).getByRole("columnheader", { name: /^count/ }).getAttribute("aria-sort"), "ascending", "the sort is kept");
  await context.close();
});

test.run();
