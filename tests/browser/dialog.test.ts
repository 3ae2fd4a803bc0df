// st.dialog in Chromium (examples/dialog.ts), checked against the APG dialog pattern: opened modally, focus moves
// inside, Tab stays inside, Escape closes it and focus returns to the opener; a dialog that may not be dismissed
// ignores Escape; its widgets rerun only its body; without JavaScript it is shown in place and works by posts.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { axeViolations, useBrowser, waitForText, watchErrors } from "./harness.ts";

const ctx = useBrowser(test, "dialog");

test("keyboard only: open, focus inside, Tab stays inside, Escape closes and focus returns to the opener", async () => {
  const page = await ctx.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(ctx.app.url);
  const opener = page.getByRole("button", { name: "Delete last item" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Delete the last item?" });
  await dialog.waitFor();
  assert.ok(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(":modal")), "opened modally");
  assert.ok(await page.getByLabel("Reason (optional)").evaluate((el) => el === document.activeElement), "focus on its first control");
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), `Tab ${i + 1} stays inside`);
  }
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Shift+Tab");
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), `Shift+Tab ${i + 1} stays inside`);
  }
  assert.equal(await axeViolations(page), [], "axe with the dialog open");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await waitForText(page, "Log: Dismissed");
  assert.ok(await opener.evaluate((el) => el === document.activeElement), "focus back on the opener");
  assert.equal(errors, []);
  await page.close();
});

test("typing in the dialog reruns only its body and it stays open; Delete inside closes it", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  await page.getByRole("button", { name: "Delete last item" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete the last item?" });
  await dialog.waitFor();
  await page.getByLabel("Reason (optional)").fill("stale");
  await page.keyboard.press("Tab");
  await waitForText(page, "Reason: stale");
  assert.ok(await dialog.evaluate((d) => (d as HTMLDialogElement).open), "still open");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await dialog.waitFor({ state: "detached" });
  await waitForText(page, "Items: Apples, Bread");
  await waitForText(page, "Log: Deleted (stale)");
  await page.close();
});

test("a dialog that may not be dismissed ignores Escape and has no Close button", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  await page.getByRole("button", { name: "Show notice" }).click();
  const dialog = page.getByRole("dialog", { name: "Read this first" });
  await dialog.waitFor();
  assert.is(await dialog.getByRole("button", { name: "Close" }).count(), 0);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  assert.ok(await dialog.evaluate((d) => (d as HTMLDialogElement).open), "still open after Escape");
  await dialog.getByRole("button", { name: "I understand" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.close();
});

test("dark theme: axe finds nothing with a dialog open", async () => {
  const context = await ctx.browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  await page.getByRole("button", { name: "Delete last item" }).click();
  await page.getByRole("dialog").waitFor();
  assert.equal(await axeViolations(page), []);
  await context.close();
});

test("without JavaScript the dialog is shown in place with its heading; Close and its widgets work by posts", async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  await page.getByRole("button", { name: "Delete last item" }).click();
  const heading = page.getByRole("heading", { name: "Delete the last item?" });
  await heading.waitFor();
  assert.ok(await heading.isVisible(), "shown in place");
  await page.getByRole("button", { name: "Close" }).click();
  await page.getByText("Log: Dismissed").waitFor();
  assert.is(await heading.count(), 0, "closed");
  await page.getByRole("button", { name: "Delete last item" }).click();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByText("Items: Apples").waitFor();
  await context.close();
});

test.run();
