// Status elements in a browser: the spinner while a slow step runs, st.status and st.progress updated in place,
// toasts (role=status, stacked, dismissible by keyboard, hiding after their time but not while hovered or focused),
// balloons (none under reduced motion); with JavaScript off too; axe after each.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { axeViolations, example, startApp, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);

test("the spinner shows (aria-busy) during the slow step and goes; status and progress update in place; a toast", () =>
  withApp(ctx.browser, "status", async (page) => {
    const errors = watchErrors(page);
    await page.getByRole("button", { name: "Run the job" }).click();
    const spinner = page.locator("[aria-busy=true]", { hasText: "Fetching data…" });
    await spinner.waitFor({ timeout: 3000 }); // streamed while the run is still going
    assert.ok(await page.getByRole("status").filter({ hasText: "Fetching data…" }).isVisible());
    await waitForText(page, "All steps complete");
    assert.is(await spinner.count(), 0, "the spinner is gone once its callback returned");
    const bar = page.getByRole("progressbar", { name: "Step 3 of 3" });
    assert.is(await bar.getAttribute("aria-valuenow"), "100");
    assert.is(await page.getByRole("progressbar").count(), 1, "updated in place, not appended");
    const status = page.locator("details.sl-status");
    assert.match(await status.locator("summary").innerText(), "All steps complete");
    assert.ok(await status.evaluate((d) => d.classList.contains("sl-status-complete")));
    const toast = page.locator(".sl-toast", { hasText: "The job has finished" });
    assert.is(await toast.getAttribute("role"), "status");
    assert.ok(await toast.isVisible());
    assert.ok(await toast.evaluate((t) => t.closest("#sl-2") !== null), "in the event root");
    assert.equal(await axeViolations(page), []);
    assert.equal(errors, []);
  }));

test("toasts stack, are dismissed from the keyboard (focus moves on), and hide after their time unless hovered", () =>
  withApp(
    ctx.browser,
    (st) => {
      if (st.button("Raise")) {
        st.toast("Quick one", { duration: 1 });
        st.toast("Sticky one", { duration: "infinite" });
      }
    },
    async (page) => {
      await page.getByRole("button", { name: "Raise" }).click();
      const quick = page.locator(".sl-toast", { hasText: "Quick one" });
      const sticky = page.locator(".sl-toast", { hasText: "Sticky one" });
      await sticky.waitFor();
      const [a, b] = [await quick.boundingBox(), await sticky.boundingBox()];
      assert.ok(a && b && a.y + a.height <= b.y + 1, "stacked, not overlapping");
      await quick.hover(); // hovered: its time does not run out (WCAG 2.2.1)
      await page.waitForTimeout(1600);
      assert.ok(await quick.isVisible(), "still shown while hovered");
      await page.mouse.move(0, 0);
      await quick.waitFor({ state: "hidden", timeout: 3000 });
      assert.ok(await sticky.isVisible(), "an infinite toast stays");
      await sticky.getByRole("button", { name: "Dismiss notification" }).focus();
      await page.keyboard.press("Enter");
      await sticky.waitFor({ state: "hidden" });
      assert.is(await page.evaluate(() => document.activeElement?.id), "sl-0", "focus goes to the main region, not <body>");
      assert.ok(await page.getByRole("button", { name: "Raise" }).isVisible(), "no rerun was needed");
    },
  ));

test("the same toast raised again shows again", () =>
  withApp(
    ctx.browser,
    (st) => {
      if (st.button("Save")) st.toast("Saved", { duration: "infinite" });
    },
    async (page) => {
      await page.getByRole("button", { name: "Save" }).click();
      const toast = page.locator(".sl-toast", { hasText: "Saved" });
      await toast.waitFor();
      await toast.getByRole("button", { name: "Dismiss notification" }).click();
      await toast.waitFor({ state: "hidden" });
      await page.getByRole("button", { name: "Save" }).click();
      await toast.waitFor();
    },
  ));

test("balloons and snow play (decorative), and not at all under reduced motion", async () => {
  for (const reducedMotion of ["no-preference", "reduce"] as const) {
    await withApp(
      ctx.browser,
      "status",
      async (page) => {
        await page.getByRole("button", { name: "Celebrate" }).click();
        const show = page.locator(".sl-balloons");
        await show.waitFor({ state: "attached" });
        assert.is(await show.getAttribute("aria-hidden"), "true");
        assert.is(await show.isVisible(), reducedMotion === "no-preference", reducedMotion);
        await page.getByRole("button", { name: "Let it snow" }).click();
        await page.locator(".sl-snow").waitFor({ state: "attached" });
        assert.equal(await axeViolations(page), []);
      },
      { contextOptions: { reducedMotion } },
    );
  }
});

test("without JavaScript: the job's result, the toast, and its close button (a submit) removes it", async () => {
  const served = await startApp(await example("status"));
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(served.url);
    await page.getByRole("button", { name: "Notify me" }).click();
    const toast = page.locator(".sl-toast", { hasText: "stays until dismissed" });
    await toast.waitFor();
    await toast.getByRole("button", { name: "Dismiss notification" }).click();
    await page.getByRole("button", { name: "Run the job" }).waitFor();
    assert.is(await toast.count(), 0);
    await page.getByRole("button", { name: "Run the job" }).click();
    await page.getByText("All steps complete").waitFor();
    assert.is(await page.getByRole("progressbar").getAttribute("aria-valuenow"), "100");
  } finally {
    await context.close();
    await served.close();
  }
});

test.run();
