// The multiselect in Chromium (issue 5 §5): the APG combobox with chips by keyboard, and without JavaScript the
// fieldset of checkboxes, with Apply returning to the changed field; axe on the no-JS view.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { assetPath } from "../../src/gen/assets.ts";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);

const chips = (page: Page) => page.locator(".sl-multiselect .sl-chip").allTextContents();

test("the multiselect is a combobox driven by the keyboard, with removable chips in selection order", () =>
  withApp(ctx.browser, "widgets", async (page) => {
    const errors = watchErrors(page);
    const combo = page.getByRole("combobox", { name: "Languages" });
    assert.is(await page.locator("select[multiple]").count(), 0);
    await combo.focus();
    await page.keyboard.press("ArrowDown");
    assert.is(await combo.getAttribute("aria-expanded"), "true");
    const listbox = page.getByRole("listbox", { name: "Languages" });
    assert.ok(await listbox.isVisible());
    await page.keyboard.press("ArrowDown");
    assert.is(await combo.getAttribute("aria-activedescendant"), await page.getByRole("option", { name: "Python" }).getAttribute("id"));
    await page.keyboard.press("Enter");
    await waitForText(page, "Multiselect: TypeScript, Python");
    assert.is(await combo.getAttribute("aria-expanded"), "true", "the popup stays open across the rerun");
    assert.ok(await combo.evaluate((el) => el === document.activeElement), "focus stays in the combobox");
    assert.equal(await axeViolations(page), [], "open popup");
    await page.keyboard.type("go");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await waitForText(page, "Multiselect: TypeScript, Python, Go");
    await page.keyboard.press("Escape");
    assert.is(await combo.getAttribute("aria-expanded"), "false");
    await combo.fill("");
    assert.is(await page.getByRole("option", { name: "Rust" }).getAttribute("aria-disabled"), "true", "three is the limit");
    assert.ok(await page.getByText("Choose up to 3").isVisible());
    await page.keyboard.press("Backspace");
    await waitForText(page, "Multiselect: TypeScript, Python");
    await page.getByRole("button", { name: "Remove TypeScript" }).click();
    await waitForText(page, "Multiselect: Python");
    assert.ok(await combo.evaluate((el) => el === document.activeElement), "removing a chip leaves focus in the combobox");
    await combo.focus();
    await page.keyboard.press("ArrowDown"); // TypeScript
    await page.keyboard.press(" ");
    await waitForText(page, "Multiselect: Python, TypeScript");
    assert.equal(await chips(page), ["Python×", "TypeScript×"].map((s) => s.replace("×", "") + "×"));
    assert.equal(await axeViolations(page), []);
    assert.equal(errors, []);
  }));

test("without JavaScript the multiselect is a fieldset of checkboxes, and Apply returns to the changed field", () =>
  withApp(
    ctx.browser,
    "widgets",
    async (page) => {
      assert.not.ok(await page.getByRole("combobox", { name: "Languages" }).isVisible());
      const group = page.getByRole("group", { name: "Languages" });
      assert.ok(await group.isVisible());
      await group.getByRole("checkbox", { name: "Rust" }).check();
      const apply = page.getByRole("button", { name: "Apply" });
      assert.is(await apply.count(), 2, "one at the top, one ending the form");
      await Promise.all([page.waitForEvent("load"), apply.last().click()]);
      await waitForText(page, "Multiselect: TypeScript, Rust");
      const hash = new URL(page.url()).hash.slice(1);
      assert.is(await page.evaluate(() => document.activeElement?.id), hash, "focus is back on the changed field");
      assert.is(await page.getByRole("checkbox", { name: "TypeScript" }).getAttribute("id"), hash, "its first checkbox");
      const top = await page.locator(`[id="${hash}"]`).evaluate((el) => el.getBoundingClientRect().top);
      const bar = await page.locator(".sl-apply-bar").evaluate((el) => el.getBoundingClientRect().bottom);
      assert.ok(top >= bar, `the sticky Apply bar (bottom ${bar}) does not hide the field (top ${top})`);
      // Everything unchecked still posts (the hidden "").
      await page.getByRole("checkbox", { name: "TypeScript" }).uncheck();
      await page.getByRole("checkbox", { name: "Rust" }).uncheck();
      await Promise.all([page.waitForEvent("load"), apply.first().click()]);
      await waitForText(page, "Multiselect: none");
    },
    { contextOptions: { javaScriptEnabled: false } },
  ));

for (const name of ["layout", "widgets"]) {
  test(`${name}: the no-JS view (Apply bars, fieldsets, sidebar without toggle) has no axe violations`, () =>
    // axe cannot run with scripts off (its timers never fire), so this applies the <noscript> stylesheet by hand.
    withApp(ctx.browser, name, async (page) => {
      await page.waitForLoadState("networkidle");
      await page.addStyleTag({ url: assetPath("nojs.css") });
      assert.ok(await page.getByRole("button", { name: "Apply" }).first().isVisible());
      assert.not.ok(await page.getByRole("button", { name: "Sidebar" }).isVisible());
      assert.equal(await axeViolations(page), []);
    }));
}

test.run();
