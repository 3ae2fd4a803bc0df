// st.dataEditor in Chromium: edit a cell with JavaScript off (Apply) and on (a change posts only that cell), add and
// delete rows, a refused cell shown on that cell, keyboard only, and a 320 px phone scrolling the table inside.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);

type Role = "textbox" | "spinbutton" | "checkbox" | "combobox";
/** A cell's input by its accessible name: column header, then row header ("Quantity Row 3", "Item New row 1"). */
const cell = (page: Page, column: string, row: number | string, role: Role = column === "Item" ? "textbox" : "spinbutton") =>
  page.getByRole(role, { name: `${column} ${typeof row === "number" ? `Row ${row}` : row}`, exact: true });

test("without JavaScript: edit a cell, add a row and delete one, via form buttons", () =>
  withApp(
    ctx.browser,
    "data_editor",
    async (page) => {
      await cell(page, "Quantity", 0).fill("10");
      await page.getByRole("button", { name: "Apply" }).first().click();
      await page.getByText("€162.00").waitFor(); // 10 × 3.5 + 3 × 24 + 0 × 8.25 + 5 × 11 (the page after the redirect)
      assert.is(await cell(page, "Quantity", 0).inputValue(), "10");
      await page.getByRole("button", { name: "Add row" }).click();
      await cell(page, "Item", "New row 1").fill("Eraser");
      await page.getByRole("button", { name: "Delete row 2" }).click();
      await page.getByText("4 items", { exact: false }).waitFor();
      assert.is(await cell(page, "Item", "New row 1").inputValue(), "Eraser", "the edit posted with the Delete press was kept");
      assert.is(await page.getByRole("button", { name: "Delete row 2" }).count(), 0); // (axe cannot run with scripts off)
    },
    { contextOptions: { javaScriptEnabled: false } },
  ));

test("with JavaScript: a changed cell reruns at once, and the post carries only that cell", () =>
  withApp(ctx.browser, "data_editor", async (page) => {
    const errors = watchErrors(page);
    const posts: string[] = [];
    page.on("request", (r) => r.method() === "POST" && r.url().endsWith("/_sluice/rerun") && posts.push(r.postData() ?? ""));
    await cell(page, "Price (€)", 1).fill("30");
    await cell(page, "Price (€)", 1).press("Tab");
    await waitForText(page, "€187.00"); // 12 × 3.5 + 3 × 30 + 0 + 5 × 11
    const fields = [...new URLSearchParams(posts.at(-1)!).keys()];
    const cells = fields.filter((k) => /\[\d+\.\d+\]$/.test(k));
    assert.equal(cells.length, 1, `only the changed cell is posted (${cells.join(", ")})`);
    assert.ok(fields.some((k) => k.startsWith("$$ID-") && k.endsWith("-stock")), "with the edit state");
    await cell(page, "In stock", 2, "checkbox").check();
    await waitForText(page, "4 in stock");
    assert.equal(errors, []);
  }));

test("a value a cell cannot take is an error on that cell; the other edits are kept", () =>
  withApp(ctx.browser, "data_editor", async (page) => {
    await cell(page, "Quantity", 3).fill("5000");
    await cell(page, "Quantity", 3).press("Tab");
    await waitForText(page, "Quantity, row 3 must be between 0 and 999");
    assert.is(await cell(page, "Quantity", 3).getAttribute("aria-invalid"), "true");
    assert.is(await cell(page, "Quantity", 3).inputValue(), "5000", "the text stays to correct");
    await page.waitForFunction(() => document.getElementById("sl-status")?.textContent?.includes("row 3 must be"));
    const spoken = await page.locator("#sl-status").textContent();
    assert.is(spoken!.split("row 3 must be").length - 1, 1, `said once: ${spoken}`);
    await cell(page, "Quantity", 0).fill("1");
    await cell(page, "Quantity", 0).press("Tab");
    await waitForText(page, "€130.50"); // 1 × 3.5 + 72 + 0 + 5 × 11 (row 3 keeps 5)
    assert.is(await cell(page, "Quantity", 3).getAttribute("aria-invalid"), "true", "still refused: it was posted again");
    assert.equal(await axeViolations(page), []);
    await cell(page, "Quantity", 3).fill("6");
    await cell(page, "Quantity", 3).press("Tab");
    await waitForText(page, "€141.50");
    assert.is(await cell(page, "Quantity", 3).getAttribute("aria-invalid"), null);
  }));

test("keyboard only: tab into the table, edit, add a row with Enter on the button and type into it", () =>
  withApp(ctx.browser, "data_editor", async (page) => {
    await page.getByRole("region", { name: "Stock" }).focus();
    await page.keyboard.press("Tab"); // the first cell: Item, row 0
    assert.is(await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby")?.split(" ").map((id) => document.getElementById(id)?.textContent).join(" ")), "Item Row 0");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Big notebook");
    await page.keyboard.press("Tab");
    await waitForText(page, '"item": "Big notebook"');
    await page.getByRole("button", { name: "Add row" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "5 items");
    await page.waitForFunction(() => document.activeElement?.tagName === "INPUT");
    assert.ok(await cell(page, "Item", "New row 1").evaluate((el) => el === document.activeElement), "focus moves to the new row");
    await page.keyboard.type("Ruler");
    await page.keyboard.press("Tab");
    await waitForText(page, '"item": "Ruler"');
  }));

test("320 px: the table scrolls inside its own region, not the page", () =>
  withApp(
    ctx.browser,
    "data_editor",
    async (page) => {
      const region = page.getByRole("region", { name: "Stock" });
      const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert.ok(sizes.scroll > sizes.client, `the table is wider than its region (${sizes.scroll} > ${sizes.client})`);
      const page320 = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(page320 <= 320, `the page does not scroll sideways (${page320})`);
      assert.equal(await axeViolations(page), []);
    },
    { contextOptions: { viewport: { width: 320, height: 640 } } },
  ));

test.run();
