// Per-widget errors in a real browser: an invalid value shows an inline error, announced once, politely; fixing it
// clears it; the app keeps rerunning; without JavaScript the page opens at a focused error summary; a refused
// request shows a visible, announced message with a way on. axe reports nothing on the error state.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test, "validation");

test("a number above the maximum: inline error, announced once; the app still reruns; fixing it clears it", async () => {
  const page = await ctx.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(ctx.app.url);
  // Record every text the live region is given.
  await page.evaluate(() => {
    const status = document.getElementById("sl-status")!;
    (window as any).spoken = [];
    new MutationObserver(() => status.textContent && (window as any).spoken.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const qty = page.getByLabel("Quantity", { exact: true });
  await qty.fill("200");
  await qty.press("Tab");
  const message = page.locator(".sl-error-message", { hasText: "Quantity must be between 0 and 100" });
  await message.waitFor({ state: "visible" });
  assert.match((await message.textContent())!, /^Error:\s*Quantity must be between 0 and 100$/);
  assert.is(await qty.getAttribute("aria-invalid"), "true");
  assert.is(await qty.inputValue(), "200", "the entered text stays to correct");
  assert.ok(await page.getByText("A whole number between 0 and 100").isVisible(), "the limits are stated");
  await page.waitForFunction(() => (window as any).spoken.some((t: string) => t.includes("Quantity must be between 0 and 100")));
  assert.is(await page.locator("#sl-status").getAttribute("aria-live"), "polite");
  assert.equal(await axeViolations(page), [], "no axe violations on the error state");

  // Another change reruns the app (nothing is frozen) and does not repeat the error.
  const code = page.getByLabel("Discount code");
  await code.fill("SAVE");
  await code.press("Enter");
  await waitForText(page, "code: SAVE");
  assert.ok(await message.isVisible(), "the field still holds the invalid value, so the error stays");
  await page.waitForTimeout(150);
  const times = await page.evaluate(() => (window as any).spoken.filter((t: string) => t.includes("Quantity must be")).length);
  assert.is(times, 1, "the error was spoken once");

  await qty.fill("50");
  await qty.press("Tab");
  await waitForText(page, "Ordering 50");
  await message.waitFor({ state: "detached" });
  assert.is(await qty.getAttribute("aria-invalid"), null);
  assert.equal(errors, []);
  await page.close();
});

test("a typed password stays in its field across reruns, though the server never sends it back", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  const pw = page.getByLabel("Password");
  await pw.fill("s3cret-pw");
  await pw.press("Enter");
  await waitForText(page, "A password of 9 characters");
  const code = page.getByLabel("Discount code");
  await code.fill("AB");
  await code.press("Enter");
  await waitForText(page, "code: AB");
  assert.is(await pw.inputValue(), "s3cret-pw");
  assert.not.ok((await page.content()).includes("s3cret-pw"), "not in the page's HTML");
  await page.close();
});

test("a request the server refuses (not a widget value) shows a visible, announced message with a reload button", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  await page.evaluate(() => {
    const bogus = Object.assign(document.createElement("input"), { type: "hidden", name: "$$ID-not-a-widget", value: "1" });
    document.getElementById("sl-form")!.append(bogus);
  });
  const code = page.getByLabel("Discount code");
  await code.fill("X");
  await code.press("Enter");
  const box = page.getByRole("alert").filter({ hasText: "could not be used" });
  await box.waitFor({ state: "visible" });
  assert.match((await box.textContent())!, /Unknown widget/);
  const reload = box.getByRole("button", { name: "Reload the page" });
  assert.ok(await reload.isVisible());
  await Promise.all([page.waitForEvent("load"), reload.click()]);
  assert.is(await page.locator("#sl-request-error").count(), 0, "a fresh page");
  await page.close();
});

test("without JavaScript: Apply opens the page at a focused error summary linking to the field, text kept", async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  await page.getByLabel("Quantity", { exact: true }).fill("200");
  await page.getByLabel("Discount code").fill("HALF");
  await Promise.all([page.waitForURL(/#sl-error-summary$/), page.getByRole("button", { name: "Apply" }).first().click()]);
  const summary = page.locator("#sl-error-summary");
  assert.ok(await summary.isVisible());
  assert.ok(await summary.getByText("There is a problem").isVisible());
  assert.is(await page.locator("#sl-error-summary:focus").count(), 1, "the summary has focus");
  const bar = (await page.locator(".sl-apply-bar").boundingBox())!;
  const heading = (await summary.getByText("There is a problem").boundingBox())!;
  assert.ok(heading.y >= bar.y + bar.height, "the summary's heading is not under the sticky Apply bar");
  assert.ok(await page.getByText("code: HALF").isVisible(), "the rest of the post was applied");
  const qty = page.getByLabel("Quantity", { exact: true });
  assert.is(await qty.inputValue(), "200");
  await summary.getByRole("link", { name: "Quantity must be between 0 and 100" }).click();
  assert.is(await page.locator("input:focus").getAttribute("aria-invalid"), "true", "the link moves focus to the field");
  await qty.fill("7");
  // Fixed: the page returns to the changed field (no summary).
  await page.getByRole("button", { name: "Apply" }).first().click();
  await page.getByText("Ordering 7").waitFor(); // the new page
  assert.is(await summary.count(), 0);
  assert.not.match(page.url(), /error-summary/);
  await context.close();
});

test("the error summary page has no axe violations (a native form submit, as without JavaScript)", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  await page.getByLabel("Quantity", { exact: true }).fill("-3");
  await Promise.all([page.waitForURL(/#sl-error-summary$/), page.evaluate(() => (document.getElementById("sl-form") as HTMLFormElement).submit())]);
  await page.locator("#sl-error-summary").waitFor();
  assert.equal(await axeViolations(page), []);
  await page.close();
});

test("without JavaScript, a refused request is an HTML page with the app's look and a link back", async () => {
  const app = (st: any) => st.text(`Notes: ${st.textArea("Notes").length} characters`);
  await withApp(
    ctx.browser,
    app,
    async (page, served) => {
      await page.getByLabel("Notes").fill("x".repeat(2000)); // more than the server takes
      await page.getByRole("button", { name: "Apply" }).first().click();
      assert.ok(await page.getByRole("heading", { level: 1, name: "That was too much to send at once" }).isVisible());
      assert.ok(await page.getByText("larger than 600 bytes").isVisible());
      assert.is(await page.locator('link[rel=stylesheet][href*="sluice.css"]').count(), 1, "the app's stylesheet");
      await Promise.all([page.waitForURL(served.url), page.getByRole("link", { name: "Go back to the app" }).click()]);
      assert.ok(await page.getByText("Notes: 0 characters").isVisible());
    },
    { config: { server: { maxBodyBytes: 600 } }, contextOptions: { javaScriptEnabled: false } },
  );
});

test.run();
