// st.setPageConfig in the browser: the first page has the app's title, icon and layout; a rerun changes them in
// place (htmx sets document.title from the message).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { useBrowser, waitForText, withApp } from "./harness.ts";

const ctx = useBrowser(test);

test("title, icon and layout come from st.setPageConfig, on the first page and after a rerun", () =>
  withApp(ctx.browser, "page_config", async (page) => {
    assert.is(await page.title(), "Centered page");
    assert.match(await page.locator("link[rel=icon]").getAttribute("href") ?? "", /^data:image\/svg\+xml,/);
    const width = () => page.locator("#sl-0-c").evaluate((el) => el.getBoundingClientRect().width);
    const centered = await width();
    await page.getByRole("switch", { name: "Wide layout" }).check();
    await page.waitForFunction(() => document.title === "Wide page");
    assert.is(await page.locator("#sl-page").getAttribute("data-layout"), "wide");
    assert.ok((await width()) > centered, "the main column got wider");
    await page.getByRole("switch", { name: "Wide layout" }).uncheck();
    await page.waitForFunction(() => document.title === "Centered page");
  }));

test("without st.setPageConfig the page has the server's title and the default icon", () =>
  withApp(ctx.browser, "crash", async (page) => {
    await waitForText(page, "Crash and recover");
    assert.is(await page.title(), "sluice test");
    assert.ok(await page.locator("link[rel=icon]").count());
    assert.not.ok(await page.getByRole("complementary", { name: "Sidebar" }).isVisible(), "an empty sidebar is hidden");
  }));

test("the sidebar shows when the app writes to it", () =>
  withApp(ctx.browser, "hello", async (page) => {
    const sidebar = page.getByRole("complementary", { name: "Sidebar" });
    assert.ok(await sidebar.isVisible());
    assert.ok(await sidebar.getByLabel("Show details").isVisible());
  }));

test.run();
