// st.setPageConfig in the browser: the first page has the app's title, icon and layout; a rerun changes them in
// place (htmx sets document.title from the message).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { example, startApp, useBrowser, waitForText } from "./harness.ts";

const ctx = useBrowser(test);

test("title, icon and layout come from st.setPageConfig, on the first page and after a rerun", async () => {
  const app = await startApp(await example("page_config"));
  const page = await ctx.browser.newPage();
  await page.goto(app.url);
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
  await page.close();
  await app.close();
});

test("without st.setPageConfig the page has the server's title and the default icon", async () => {
  const app = await startApp(await example("crash"));
  const page = await ctx.browser.newPage();
  await page.goto(app.url);
  await waitForText(page, "Crash and recover");
  assert.is(await page.title(), "sluice test");
  assert.ok(await page.locator("link[rel=icon]").count());
  assert.not.ok(await page.getByRole("complementary", { name: "Sidebar" }).isVisible(), "an empty sidebar is hidden");
  await page.close();
  await app.close();
});

test("the sidebar shows when the app writes to it", async () => {
  const app = await startApp(await example("hello"));
  const page = await ctx.browser.newPage();
  await page.goto(app.url);
  const sidebar = page.getByRole("complementary", { name: "Sidebar" });
  assert.ok(await sidebar.isVisible());
  assert.ok(await sidebar.getByLabel("Show details").isVisible());
  await page.close();
  await app.close();
});

test.run();
