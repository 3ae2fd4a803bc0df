// The theme in a real browser: the app theme from config (computed styles, sidebar included), the settings menu's
// light / dark / auto / app switch with JavaScript (no reload) and without (a form post), kept across reloads,
// operated by keyboard alone, axe-clean in every state and at 320 px; st.context's time zone from the glue.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import type { Page } from "playwright-core";
import type { PartialTheme } from "../../src/config.ts";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);
const theme = (parse(readFileSync("examples/theming/.sluice/config.toml", "utf8")) as { theme: PartialTheme }).theme;
const themed = { config: { theme } };

const style = (page: Page, selector: string, prop: string) => page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p).trim(), prop);
const scheme = (page: Page) => page.locator("html").getAttribute("data-sl-theme");
const noViolations = async (page: Page, state: string) => assert.equal(await axeViolations(page), [], `axe in ${state}`);

test("the app theme from config: colours, font and radius, and the sidebar's own colours", () =>
  withApp(ctx.browser, "theming/app", async (page) => {
    const errors = watchErrors(page);
    await waitForText(page, "st.context");
    assert.is(await style(page, "body", "background-color"), "rgb(251, 250, 245)");
    assert.is(await style(page, "body", "color"), "rgb(29, 35, 41)");
    assert.match(await style(page, "body", "font-family"), /serif/);
    assert.is(await style(page, ".sl-main .sl-button.sl-primary", "background-color"), "rgb(11, 92, 173)");
    assert.is(await style(page, ".sl-main .sl-button.sl-primary", "border-top-left-radius"), "4px");
    assert.is(await style(page, ".sl-sidebar", "background-color"), "rgb(31, 42, 55)");
    assert.is(await style(page, ".sl-sidebar .sl-heading", "color"), "rgb(243, 244, 246)");
    assert.is(await style(page, ".sl-sidebar .sl-button.sl-primary", "background-color"), "rgb(255, 200, 87)");
    await noViolations(page, "the configured theme");
    assert.equal(errors, []);
  }, themed));

test("with JavaScript: the switch applies at once (no reload), is kept across reloads, and returns to the app theme", () =>
  withApp(ctx.browser, "theming/app", async (page) => {
    await waitForText(page, "st.context");
    await page.evaluate(() => ((window as any).__kept = true));
    await page.locator("#sl-settings > summary").click();
    await page.getByLabel("Dark", { exact: true }).check();
    await page.waitForFunction(() => document.documentElement.dataset.slTheme === "dark");
    assert.is(await style(page, "body", "background-color"), "rgb(14, 17, 23)");
    assert.ok(await page.evaluate(() => (window as any).__kept), "no reload");
    assert.not.ok(await page.locator(".sl-settings-apply").isVisible(), "no Apply button needed with scripts");
    await noViolations(page, "dark");
    await expectCookie(page, "dark");
    await page.reload();
    assert.is(await scheme(page), "dark", "dark from the first paint");
    assert.is(await style(page, "body", "background-color"), "rgb(14, 17, 23)");
    await page.locator("#sl-settings > summary").click();
    await page.getByLabel("Light", { exact: true }).check();
    await page.waitForFunction(() => document.documentElement.dataset.slTheme === "light");
    assert.is(await style(page, "body", "background-color"), "rgb(255, 255, 255)");
    await noViolations(page, "light");
    await page.getByLabel("App theme").check();
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-sl-custom"));
    assert.is(await style(page, "body", "background-color"), "rgb(251, 250, 245)");
  }, themed));

/** Waits until the server has stored the choice (the glue's post is asynchronous). */
async function expectCookie(page: Page, value: string) {
  for (let i = 0; i < 50; i++) {
    const cookies = await page.context().cookies();
    if (cookies.find((c) => c.name === "sluice_theme")?.value === value) return;
    await page.waitForTimeout(50);
  }
  assert.unreachable(`sluice_theme=${value} was not set`);
}

test("auto follows the OS; a forced light theme wins over a dark OS", () =>
  withApp(ctx.browser, "hello", async (page) => {
    await waitForText(page, "Hello, sluice");
    assert.is(await scheme(page), null);
    assert.is(await style(page, "body", "background-color"), "rgb(14, 17, 23)", "the OS is dark");
    await page.locator("#sl-settings > summary").click();
    await page.getByLabel("Light", { exact: true }).check();
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === "rgb(255, 255, 255)");
    await noViolations(page, "light on a dark OS");
    await page.getByLabel("Auto (system)").check();
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === "rgb(14, 17, 23)");
  }, { contextOptions: { colorScheme: "dark" } }));

test("keyboard only: Tab to Settings, Enter opens, arrows choose, Escape closes and returns focus", () =>
  withApp(ctx.browser, "hello", async (page) => {
    await waitForText(page, "Hello, sluice");
    await page.keyboard.press("Tab"); // the skip link
    await page.keyboard.press("Tab");
    assert.is(await page.evaluate(() => document.activeElement?.textContent), "Settings");
    await page.keyboard.press("Enter");
    assert.ok(await page.locator("#sl-settings").evaluate((d) => (d as HTMLDetailsElement).open));
    await page.keyboard.press("Tab");
    assert.is(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), "auto", "the checked radio takes focus");
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => document.documentElement.dataset.slTheme === "dark");
    await page.keyboard.press("Escape");
    assert.not.ok(await page.locator("#sl-settings").evaluate((d) => (d as HTMLDetailsElement).open));
    assert.is(await page.evaluate(() => document.activeElement?.textContent), "Settings");
  }));

test("without JavaScript: choose and Apply theme posts, returns to the page, dark from then on", () =>
  withApp(ctx.browser, "theming/app", async (page, served) => {
    await page.goto(served.url + "?x=1");
    await page.locator("#sl-settings > summary").click();
    await page.getByLabel("Dark", { exact: true }).check();
    assert.is(await scheme(page), "light", "nothing changes before Apply");
    await Promise.all([page.waitForURL(/\?x=1$/), page.getByRole("button", { name: "Apply theme" }).click()]);
    assert.is(await scheme(page), "dark");
    assert.is(await style(page, "body", "background-color"), "rgb(14, 17, 23)");
    assert.not.ok(await page.locator("html").getAttribute("data-sl-custom"), "the app theme is off");
    await page.locator("#sl-settings > summary").click();
    assert.ok(await page.getByLabel("Dark", { exact: true }).isChecked(), "the menu shows the choice");
    assert.ok(await page.getByRole("button", { name: "Apply theme" }).isVisible());
  }, { ...themed, contextOptions: { javaScriptEnabled: false } }));

test("at 320 px the menu fits and stays axe-clean, open, in the app theme", () =>
  withApp(ctx.browser, "theming/app", async (page) => {
    await waitForText(page, "st.context");
    await page.locator("#sl-settings > summary").click();
    const box = await page.locator(".sl-settings-panel").boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320, JSON.stringify(box));
    await noViolations(page, "320 px, menu open");
  }, { ...themed, contextOptions: { viewport: { width: 320, height: 640 } } }));

test("st.context: the browser's time zone and locale reach the app with the next interaction, and a reload's first run", () =>
  withApp(ctx.browser, "theming/app", async (page) => {
    await waitForText(page, "st.context");
    await page.getByRole("checkbox", { name: "Show the data" }).check();
    await waitForText(page, "Time zone: Asia/Tokyo");
    assert.match(await page.locator(".sl-json").last().innerText(), /ja-JP/);
    await page.reload();
    await waitForText(page, "Time zone: Asia/Tokyo");
  }, { ...themed, contextOptions: { timezoneId: "Asia/Tokyo", locale: "ja-JP" } }));

test.run();
