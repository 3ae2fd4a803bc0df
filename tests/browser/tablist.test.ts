// Tabs (the WAI-ARIA APG tabs pattern), the popover, the scrolling container and the expander, with JavaScript on
// and off, keyboard only; axe after each interaction. (tabs.test.ts is about browser tabs, not st.tabs.)
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);

const state = (page: Page) =>
  page.evaluate(() => {
    const tabs = [...document.querySelectorAll(".sl-tablist [role=tab]")];
    return {
      selected: tabs.map((t) => t.getAttribute("aria-selected")),
      tabindex: tabs.map((t) => t.getAttribute("tabindex")),
      visible: tabs.map((t) => !(document.getElementById(t.getAttribute("aria-controls")!) as HTMLElement).hidden),
      focused: document.activeElement?.getAttribute("role") === "tab" ? document.activeElement.textContent : null,
    };
  });

test("tabs: keyboard per the APG (arrows wrap, Home/End, automatic activation, roving tabindex)", () =>
  withApp(ctx.browser, "containers", async (page) => {
    const errors = watchErrors(page);
    assert.equal((await state(page)).selected, ["true", "false", "false"]);
    await page.getByRole("tab", { name: "Chart" }).focus();
    await page.keyboard.press("ArrowRight");
    let s = await state(page);
    assert.equal(s.selected, ["false", "true", "false"]);
    assert.equal(s.tabindex, ["-1", "0", "-1"]);
    assert.equal(s.visible, [false, true, false]);
    assert.match(s.focused!, "Data");
    await page.keyboard.press("End");
    assert.equal((await state(page)).focused, "Notes");
    await page.keyboard.press("ArrowRight"); // wraps to the first
    assert.equal((await state(page)).focused, "Chart");
    await page.keyboard.press("ArrowLeft"); // wraps to the last
    assert.equal((await state(page)).focused, "Notes");
    await page.keyboard.press("Home");
    s = await state(page);
    assert.equal([s.focused, s.visible], ["Chart", [true, false, false]]);
    // Tab leaves the tablist for the panel (a single tab stop for the list).
    await page.keyboard.press("Tab");
    assert.is(await page.evaluate(() => document.activeElement?.getAttribute("role")), "tabpanel");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby") && document.getElementById(document.activeElement.getAttribute("aria-labelledby")!)?.textContent), "Chart");
    assert.equal(await axeViolations(page), []);
    assert.equal(errors, []);
  }));

test("tabs: the selected tab survives a rerun that re-renders the tab list", () =>
  withApp(ctx.browser, "containers", async (page) => {
    await page.getByRole("tab", { name: /Data/ }).click();
    await page.getByRole("button", { name: "Save" }).click(); // the label "Data (1 saved)" changes: the container is re-sent
    await page.getByRole("tab", { name: "Data (1 saved)" }).waitFor();
    const s = await state(page);
    assert.equal(s.selected, ["false", "true", "false"]);
    assert.equal(s.visible, [false, true, false]);
    // Another rerun from inside the panel (a slider change) keeps it too.
    await page.getByLabel("Rows").focus();
    await page.keyboard.press("ArrowRight");
    await waitForText(page, "Showing 6 rows.");
    assert.equal((await state(page)).visible, [false, true, false]);
  }));

test("tabs: without JavaScript every panel is shown under its heading and the tab list is hidden", async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  await withAppIn(context, async (page) => {
    assert.not.ok(await page.getByRole("tablist").isVisible());
    for (const h of ["Chart", "Data (0 saved)", "Notes"]) assert.ok(await page.getByRole("heading", { name: h }).isVisible(), h);
    assert.ok(await page.getByLabel("Rows").isVisible());
    assert.ok(await page.getByLabel("Your notes").isVisible());
    // A widget in the second panel works with Apply.
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { name: "Data (1 saved)" }).waitFor();
  });
  await context.close();
});

test("popover: opens from its button, focus moves in; Escape closes it and focus returns to the button", () =>
  withApp(ctx.browser, "containers", async (page) => {
    const button = page.getByRole("button", { name: "Filters" });
    await button.focus();
    await page.keyboard.press("Enter");
    const pop = page.getByRole("dialog", { name: "Filters" });
    await pop.waitFor();
    assert.is(await page.evaluate(() => document.activeElement?.closest(".sl-popover") !== null), true, "focus is inside");
    assert.is(await page.evaluate(() => (document.activeElement as HTMLInputElement).type), "checkbox");
    await page.keyboard.press("Space"); // a rerun from inside: the popover stays open
    await waitForText(page, "Showing open items only.");
    assert.ok(await pop.isVisible(), "still open after the rerun");
    assert.equal(await axeViolations(page), []);
    await page.keyboard.press("Escape");
    await pop.waitFor({ state: "hidden" });
    assert.is(await page.evaluate(() => document.activeElement?.getAttribute("popovertarget") !== null && document.activeElement?.textContent?.includes("Filters")), true);
  }));

test("popover works without JavaScript (popovertarget)", async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  await withAppIn(context, async (page) => {
    const pop = page.getByRole("dialog", { name: "Filters" });
    assert.not.ok(await pop.isVisible());
    await page.getByRole("button", { name: "Filters" }).click();
    await pop.waitFor();
    assert.ok(await page.getByLabel("Only open items").isVisible());
  });
  await context.close();
});

test("scrolling container: reachable by Tab and scrolled by the keyboard; expander by Enter; 320 px reflow", () =>
  withApp(
    ctx.browser,
    "containers",
    async (page) => {
      const box = page.getByRole("group", { name: "Scrollable container" });
      await box.focus();
      assert.is(await box.evaluate((el) => el.scrollTop), 0);
      await page.keyboard.press("PageDown");
      await page.waitForFunction(() => document.querySelector(".sl-scroll")!.scrollTop > 0);
      const ring = await box.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.is.not(ring, "none", "a visible focus ring");
      await page.getByText("About these containers").focus();
      await page.keyboard.press("Enter");
      assert.ok(await page.getByText("The expander is a native").isVisible());
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      assert.not.ok(sideways, "nothing scrolls sideways at 320 px");
    },
    { contextOptions: { viewport: { width: 320, height: 640 } } },
  ));

test("an expander the user opened stays open through a rerun that re-renders it; status.update({ expanded }) wins", () =>
  withApp(
    ctx.browser,
    (st) => {
      st.sessionState.n ??= 0;
      if (st.button("Bump")) st.sessionState.n++;
      st.expander(`Details ${st.sessionState.n}`).text("inside");
      const s = st.status(`Job ${st.sessionState.n}`);
      s.text("working");
      if (st.sessionState.n >= 2) s.update({ label: "Job done", state: "complete", expanded: true });
    },
    async (page) => {
      const details = page.locator("details.sl-expander:not(.sl-status)");
      await page.getByText("Details 0").click();
      assert.ok(await details.evaluate((d: HTMLDetailsElement) => d.open));
      await page.getByRole("button", { name: "Bump" }).click();
      await page.getByText("Details 1").waitFor();
      assert.ok(await details.evaluate((d: HTMLDetailsElement) => d.open), "still open after the morph");
      const status = page.locator("details.sl-status");
      assert.not.ok(await status.evaluate((d: HTMLDetailsElement) => d.open));
      await page.getByRole("button", { name: "Bump" }).click();
      await page.getByText("Job done").waitFor();
      assert.ok(await status.evaluate((d: HTMLDetailsElement) => d.open), "the server's expanded: true opens it");
      assert.ok(await page.getByText("working").isVisible());
      assert.match(await status.locator("summary").innerText(), "Job done");
    },
  ));

/** Serves the containers example into an existing context (JavaScript off). */
async function withAppIn(context: import("playwright-core").BrowserContext, fn: (page: Page) => Promise<void>) {
  const { startApp, example } = await import("./harness.ts");
  const served = await startApp(await example("containers"));
  try {
    const page = await context.newPage();
    await page.goto(served.url);
    await fn(page);
  } finally {
    await served.close();
  }
}

test.run();
