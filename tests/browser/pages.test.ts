// Multipage apps in a real browser: page links rerun in the same session with JavaScript (URL pushed, title, focus,
// one announcement) and without it (buttons, post → 303 → the page); back/forward; a deep link with its query and
// a query write that replaces the URL without a reload; keyboard only; the top bar at 320 px; axe in both themes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";
import { pagesApp } from "../fixtures/pages.ts";
import type { AppFunction } from "../../src/script/runner.ts";
import { createApp } from "../../src/server/index.ts";
import { serve } from "../../src/adapters/node.ts";
import { pagesHostForUrl } from "../../src/cli/pages.ts";

const ctx = useBrowser(test);
const sidebar = pagesApp("sidebar") as AppFunction;
const top = pagesApp("top") as AppFunction;
const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;
const navLink = (page: Page, name: string) => page.locator("nav").getByRole("link", { name, exact: true });

test("with JavaScript a nav link reruns the same session: URL pushed, title, focus on the heading, announced", async () => {
  await withApp(ctx.browser, sidebar, async (page, served) => {
    const errors = watchErrors(page);
    await waitForText(page, "Home page");
    await page.evaluate(() => ((window as any).sameDocument = true));
    await navLink(page, "Counter").click();
    await waitForText(page, "Counter page");
    await page.waitForFunction(() => location.pathname === "/counter");
    assert.is(await page.title(), "Counter");
    assert.ok(await page.evaluate(() => (window as any).sameDocument), "no page load");
    assert.is(served.server.sessions.size, 1, "one session");
    await page.waitForFunction(() => document.activeElement?.textContent?.includes("Counter page"));
    assert.is(await page.evaluate(() => document.activeElement!.tagName), "H1", "focus on the new page's heading");
    assert.is(await page.locator("#sl-status").textContent(), "Counter", "the new page is announced once");
    assert.is(await navLink(page, "Counter").getAttribute("aria-current"), "page");
    assert.equal(errors, []);
  });
});

test("back and forward rerun the page in the address bar; session state survives page changes", async () => {
  await withApp(ctx.browser, sidebar, async (page) => {
    await waitForText(page, "Home page");
    await navLink(page, "Profile").click();
    await waitForText(page, "Profile page");
    assert.is(await page.title(), "Your profile", "st.setPageConfig of that page");
    await page.getByLabel("Name").fill("Ada");
    await page.getByLabel("Name").press("Tab"); // change → rerun
    await page.waitForFunction(() => true);
    await navLink(page, "Counter").click();
    await waitForText(page, "Counter page");
    await page.goBack();
    await waitForText(page, "Profile page");
    assert.is(path(page), "/profile");
    await page.goBack();
    await waitForText(page, "Saved name: Ada");
    assert.is(path(page), "/");
    assert.is(await page.title(), "Home", "back to the page's own title");
    await page.goForward();
    await waitForText(page, "Profile page");
    assert.is(path(page), "/profile");
  });
});

test("a deep link with query parameters; a query write replaces the URL without a reload; reload keeps it", async () => {
  await withApp(ctx.browser, sidebar, async (page, served) => {
    await page.goto(served.url + "counter?n=4");
    await waitForText(page, "n is 4");
    const length = await page.evaluate(() => history.length);
    await page.evaluate(() => ((window as any).sameDocument = true));
    await page.getByRole("button", { name: "Add one" }).click();
    await page.waitForFunction(() => location.search === "?n=5");
    assert.ok(await page.evaluate(() => (window as any).sameDocument));
    assert.is(await page.evaluate(() => history.length), length, "replaced, not pushed");
    await page.reload();
    await waitForText(page, "n is 5");
  });
});

test("without JavaScript the nav is buttons: a page change keeps the session and its state", async () => {
  await withApp(ctx.browser, sidebar, async (page, served) => {
    await page.goto(served.url + "profile");
    const sessions = served.server.sessions.size;
    await page.getByLabel("Name").fill("Grace");
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Apply" }).first().click()]);
    await Promise.all([page.waitForEvent("load"), page.locator("nav").getByRole("button", { name: "Home", exact: true }).click()]);
    await waitForText(page, "Saved name: Grace");
    assert.is(path(page), "/");
    assert.is(await page.title(), "Home");
    assert.is(served.server.sessions.size, sessions, "no new session");
    assert.is(await page.locator("nav").getByRole("link").count(), 0, "no links that would start a new session");
    await Promise.all([page.waitForEvent("load"), page.locator("nav").getByRole("button", { name: "Counter" }).click()]);
    await waitForText(page, "Counter page");
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Add one" }).click()]);
    assert.is(path(page), "/counter?n=1", "the 303 carries the query the app wrote");
    await page.goBack();
    await waitForText(page, "Counter page");
  }, { contextOptions: { javaScriptEnabled: false } });
});

test("keyboard only: Tab to a nav link, Enter; the top bar at 320 px collapses into one disclosure without overflow", async () => {
  await withApp(ctx.browser, top, async (page) => {
    await waitForText(page, "Home page");
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "no horizontal overflow");
    const menu = page.locator(".sl-topnav-narrow > summary");
    assert.ok(await menu.isVisible());
    for (let i = 0; i < 30 && !(await menu.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "no overflow when open");
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.textContent?.includes("Counter"))); i++) await page.keyboard.press("Tab");
    assert.is(await page.evaluate(() => document.activeElement?.closest(".sl-topnav-narrow") !== null), true, "inside the open disclosure");
    await page.keyboard.press("Enter");
    await waitForText(page, "Counter page");
    assert.is(path(page), "/counter");
  }, { contextOptions: { viewport: { width: 320, height: 640 } } });
});

test("top navigation on a wide screen: sections are disclosure menus (Escape and a click elsewhere close them)", async () => {
  await withApp(ctx.browser, top, async (page, served) => {
    await waitForText(page, "Home page");
    assert.not.ok(await page.locator(".sl-topnav-narrow").isVisible());
    const summary = page.locator(".sl-topnav-wide summary", { hasText: "Account" });
    await summary.click();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    assert.is(await page.locator(".sl-topnav-wide details[open]").count(), 0, "Escape closes the menu");
    assert.ok(await summary.evaluate((el) => el === document.activeElement), "focus back on its summary");
    await summary.click();
    await page.mouse.click(1000, 600);
    assert.is(await page.locator(".sl-topnav-wide details[open]").count(), 0, "a click elsewhere closes it");
    const runs = [...served.server.sessions.all()][0]!.runner.runCount;
    await page.evaluate(() => (location.hash = "sl-0"));
    await page.goBack(); // a hash change, not a page change: no rerun
    await page.waitForTimeout(200);
    assert.is([...served.server.sessions.all()][0]!.runner.runCount, runs);
    await page.locator(".sl-topnav-wide summary", { hasText: "Account" }).click();
    await page.locator(".sl-topnav-wide").getByRole("link", { name: "Profile" }).click();
    await waitForText(page, "Profile page");
    assert.is(await page.locator(".sl-topnav-wide details[open]").count(), 0, "the menu closes");
  }, { contextOptions: { viewport: { width: 1100, height: 700 } } });
});

test("examples/multipage (pages/ as the CLI finds it): the dashboard's tab is in the URL, the settings survive; axe in both themes", async () => {
  const url = new URL("../../examples/multipage/app.ts", import.meta.url).href;
  const app = (await import(url)).default as AppFunction;
  const server = createApp({ app, title: "app", pages: pagesHostForUrl(url) });
  const listening = await serve(server, { port: 0, hostname: "127.0.0.1" });
  const base = `http://127.0.0.1:${listening.port}/`;
  try {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await ctx.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(base + "dashboard?tab=Costs");
      await waitForText(page, "€ 31,900");
      await page.getByRole("radio", { name: "Margin" }).check();
      await page.waitForFunction(() => location.search === "?tab=Margin");
      assert.equal(await axeViolations(page), []);
      await navLink(page, "settings").click();
      await waitForText(page, "Favourite colour");
      assert.is(await page.title(), "Settings · Multipage demo");
      await page.getByLabel("Your name").fill("Grace");
      await page.getByRole("button", { name: "Save" }).click();
      await waitForText(page, "Saved: Grace");
      assert.equal(await axeViolations(page), []);
      await navLink(page, "app").click();
      await waitForText(page, "Welcome back, Grace.");
      await context.close();
    }
  } finally {
    server.shutdown();
    await listening.close();
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, app] of [["sidebar", sidebar], ["top", top]] as const) {
    test(`${name} navigation (${colorScheme}), with the not-found notice: zero axe violations`, async () => {
      await withApp(ctx.browser, app, async (page, served) => {
        await page.goto(served.url + "missing");
        await waitForText(page, "Page not found");
        assert.equal(await axeViolations(page), []);
        await page.locator("nav").getByRole("link", { name: "Profile" }).first().click().catch(() => {});
      }, { contextOptions: { colorScheme } });
    });
  }
}

test.run();
