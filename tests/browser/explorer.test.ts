// The data explorer (examples/explorer.ts) as a new user meets it: a sidebar filter redraws the figures, the table
// and the charts in place; the charts have names and data tables; a 320 px phone gets no page-wide scroll.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { axeViolations, useBrowser, waitForText } from "./harness.ts";

const ctx = useBrowser(test, "explorer");

test("a category chosen in the sidebar narrows the figures, the table and the line chart, in place", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  await waitForText(page, "3,000 orders");
  const charts = page.locator("[role=img]");
  assert.is(await charts.count(), 3, "two charts and the map");
  const lineName = await charts.first().getAttribute("aria-label") ?? (await charts.first().evaluate((e) => e.textContent));
  assert.ok(lineName, "the line chart has a name");
  const heading = await page.getByRole("heading", { name: "Order explorer" }).elementHandle();
  await page.getByLabel("Category").selectOption("Garden");
  const ordersTable = page.getByRole("table", { name: /^\d[\d,]* orders$/ });
  await page.waitForFunction(() => [...document.querySelectorAll("table caption")].some((c) => /^\d[\d,]* orders$/.test(c.textContent!) && c.textContent !== "3,000 orders"));
  const caption = await ordersTable.locator("caption").textContent();
  assert.ok(caption && caption !== "3,000 orders", `the table now holds fewer orders (${caption})`);
  assert.ok(await heading!.evaluate((h) => h.isConnected), "the title's node was not re-sent");
  const cells = await ordersTable.locator("tbody tr td:nth-child(5)").allTextContents();
  assert.ok(cells.length > 0 && cells.every((c) => c === "Garden"), `only Garden rows: ${cells.join(", ")}`);
  await page.getByText("Show data").first().click();
  assert.ok(await page.getByRole("table").filter({ hasText: "Garden" }).count() >= 1, "the line chart's data table holds the Garden series");
  assert.equal(await axeViolations(page), []);
  await page.close();
});

test("320 px: the page does not scroll sideways; wide tables scroll inside their own regions", async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  await waitForText(page, "3,000 orders");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no page-level horizontal scroll");
  const svgWidths = await page.locator("[role=img]").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
  assert.ok(svgWidths.every((r) => r <= 320), `every chart fits the screen (${svgWidths.map(Math.round).join(", ")})`);
  await context.close();
});

test.run();
