// Page chrome in Chromium (issue 5 §5): reflow at 320 CSS px, the sidebar toggle by keyboard and across reruns,
// collapsed labels' accessible names, focus after a rerun removes the focused control, the running indicator,
// forced colours and contrast — with axe in each state. The multiselect and the no-JS view: multiselect.test.ts.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import type { St } from "../../src/elements/index.ts";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);
const narrow = { contextOptions: { viewport: { width: 320, height: 640 } } };
const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
const expanded = (page: Page) => page.getByRole("button", { name: "Sidebar" }).getAttribute("aria-expanded");

test("at 320 CSS px nothing scrolls sideways and the sidebar starts collapsed behind its toggle", () =>
  withApp(
    ctx.browser,
    "layout",
    async (page) => {
      await waitForText(page, "Loaded.");
      assert.ok(await noOverflow(page), "layout: no horizontal scrolling");
      assert.is(await expanded(page), "false");
      assert.not.ok(await page.getByRole("complementary", { name: "Sidebar" }).isVisible());
      await page.getByRole("button", { name: "Sidebar" }).click();
      assert.ok(await page.getByRole("radio", { name: "Details" }).isVisible(), "the sidebar opens above the content");
      assert.ok(await noOverflow(page), "open sidebar: no horizontal scrolling");
      assert.equal(await axeViolations(page), []);
    },
    narrow,
  ));

test("the widgets example reflows at 320 CSS px", () =>
  withApp(
    ctx.browser,
    "widgets",
    async (page) => {
      await page.getByRole("combobox", { name: "Languages" }).waitFor();
      assert.ok(await noOverflow(page));
      assert.equal(await axeViolations(page), []);
    },
    narrow,
  ));

test("without JavaScript there is no toggle and the sidebar is shown, above the content at 320 CSS px", () =>
  withApp(
    ctx.browser,
    "layout",
    async (page) => {
      assert.not.ok(await page.getByRole("button", { name: "Sidebar" }).isVisible());
      const sidebar = page.getByRole("complementary", { name: "Sidebar" });
      assert.ok(await sidebar.isVisible());
      const [side, main] = [await sidebar.boundingBox(), await page.getByRole("main").boundingBox()];
      assert.ok(side!.y + side!.height <= main!.y + 1, "stacked above the main content");
      assert.ok(await noOverflow(page));
    },
    { contextOptions: { javaScriptEnabled: false, viewport: { width: 320, height: 640 } } },
  ));

test("the sidebar toggle works by keyboard and keeps its state across reruns and a reload", () =>
  withApp(ctx.browser, "layout", async (page) => {
    const errors = watchErrors(page);
    await waitForText(page, "Loaded.");
    const toggle = page.getByRole("button", { name: "Sidebar" });
    assert.is(await expanded(page), "true", "wide screens start with the sidebar shown");
    await toggle.focus();
    await page.keyboard.press("Enter");
    assert.is(await expanded(page), "false");
    assert.not.ok(await page.getByRole("radio", { name: "Details" }).isVisible());
    await page.getByText("More details").click();
    await page.getByRole("checkbox", { name: "Nested widget" }).check();
    await page.waitForLoadState("networkidle");
    assert.is(await expanded(page), "false", "a rerun leaves the toggle alone");
    await toggle.focus();
    await page.keyboard.press("Space");
    assert.is(await expanded(page), "true");
    await page.getByRole("radio", { name: "Details" }).check();
    await page.locator("main h1", { hasText: "Details" }).waitFor();
    assert.is(await expanded(page), "true");
    assert.ok(await page.getByRole("radio", { name: "Details" }).isVisible());
    await toggle.click();
    await page.reload();
    assert.is(await expanded(page), "false", "remembered for this tab");
    assert.equal(errors, []);
  }));

test("collapsed labels are hidden but keep the accessible names", () =>
  withApp(ctx.browser, "widgets", async (page) => {
    const controls = [
      page.getByRole("textbox", { name: "Search" }),
      page.getByRole("combobox", { name: "Size" }),
      page.getByRole("group", { name: "Speed" }),
      page.getByRole("checkbox", { name: "Quiet mode" }),
    ];
    for (const c of controls) assert.ok(await c.isVisible());
    const label = page.locator("label", { hasText: "Quiet mode" });
    const box = (await label.boundingBox())!;
    assert.ok(box.width <= 1 && box.height <= 1, "the label is visually hidden");
    await page.getByRole("checkbox", { name: "Quiet mode" }).check();
    await waitForText(page, "Collapsed: empty, S, slow, true");
    assert.equal(await axeViolations(page), []);
  }));

function todoApp(st: St) {
  st.sessionState.todos ??= ["milk", "eggs", "bread"];
  const todos: string[] = st.sessionState.todos;
  st.title("Todos");
  for (const t of todos) st.button(`Delete ${t}`, { key: `del-${t}`, onClick: () => (st.sessionState.todos = todos.filter((x) => x !== t)) });
  st.text(`${todos.length} left`);
}

const activeName = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || document.activeElement?.tagName);

test("when a rerun removes the focused control, focus goes to its neighbour, then the main region — never <body>", () =>
  withApp(ctx.browser, todoApp, async (page) => {
    await page.getByRole("button", { name: "Delete eggs" }).focus();
    await page.keyboard.press("Enter");
    await waitForText(page, "2 left");
    await page.waitForFunction(() => document.activeElement !== document.body);
    assert.is(await activeName(page), "Delete bread", "the next control");
    await page.keyboard.press("Enter");
    await waitForText(page, "1 left");
    await page.waitForFunction(() => document.activeElement !== document.body);
    assert.is(await activeName(page), "Delete milk", "the previous control when none follows");
    await page.keyboard.press("Enter");
    await waitForText(page, "0 left");
    await page.waitForFunction(() => document.activeElement !== document.body);
    assert.is(await activeName(page), "sl-0", "the main region when no control is left");
    assert.equal(await axeViolations(page), []);
  }));

test("focus the user moved away is left alone by a rerun", () =>
  withApp(ctx.browser, todoApp, async (page) => {
    await page.getByRole("button", { name: "Delete eggs" }).click();
    await waitForText(page, "2 left");
    await page.locator("h1").click(); // focus goes to <body> by the user's choice
    await page.evaluate(() => (document.activeElement as HTMLElement)?.blur());
    await page.getByRole("button", { name: "Delete bread" }).evaluate((b: HTMLButtonElement) => b.click()); // no focus change
    await waitForText(page, "1 left");
    assert.is(await page.evaluate(() => document.activeElement === document.body), true);
  }));

function slowApp(st: St) {
  st.title("Slow");
  const n = st.slider("Speed", { minValue: 0, maxValue: 10, value: 1 });
  st.text(`Before: ${n}`);
  return new Promise<void>((r) => setTimeout(r, n > 1 ? 1200 : 0)).then(() => void st.text(`After: ${n}`));
}

test("a slow run shows the running indicator and dims what the previous run left, until the run ends", () =>
  withApp(ctx.browser, slowApp, async (page) => {
    await waitForText(page, "After: 1");
    const badge = page.locator(".sl-run-badge");
    assert.not.ok(await badge.isVisible());
    await page.getByRole("slider", { name: "Speed" }).fill("5");
    await badge.waitFor({ state: "visible", timeout: 1000 });
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains("sl-busy")));
    await waitForText(page, "Before: 5");
    const stale = page.locator(".sl-el", { hasText: "After: 1" });
    assert.is(await stale.getAttribute("data-sl-stale"), "", "the previous run's element is marked stale");
    assert.is(await page.locator(".sl-el", { hasText: "Before: 5" }).getAttribute("data-sl-stale"), null, "a replaced element is not");
    assert.is(await stale.evaluate((el) => getComputedStyle(el).filter), "grayscale(1)", "and dimmed");
    assert.equal(await axeViolations(page), [], "running");
    await waitForText(page, "After: 5");
    await badge.waitFor({ state: "hidden" });
    assert.is(await page.locator("[data-sl-stale]").count(), 0);
  }));

test("a quick run shows no indicator", () =>
  withApp(ctx.browser, slowApp, async (page) => {
    await waitForText(page, "After: 1");
    await page.evaluate(() => {
      (window as any).busySeen = false;
      new MutationObserver(() => ((window as any).busySeen ||= document.documentElement.classList.contains("sl-busy"))).observe(document.documentElement, { attributes: true });
    });
    await page.getByRole("slider", { name: "Speed" }).fill("0");
    await waitForText(page, "After: 0");
    assert.is(await page.evaluate(() => (window as any).busySeen), false);
  }));

test("in forced colours the toggle, alerts and code blocks keep their edges and states; reduced motion reaches pseudo-elements", () =>
  withApp(
    ctx.browser,
    (st: St) => {
      st.title("Forced colours");
      st.toggle("Dark mode");
      st.error("Something failed");
      st.code("let x = 1", { language: "ts" });
    },
    async (page) => {
      await page.emulateMedia({ forcedColors: "active" });
      const border = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).borderTopStyle + " " + getComputedStyle(el).borderTopWidth);
      assert.is(await border(".sl-alert"), "solid 1px");
      assert.is(await border(".sl-code pre"), "solid 1px");
      const sw = page.getByRole("switch", { name: "Dark mode" });
      assert.is(await border(".sl-toggle input[type=checkbox]"), "solid 1px");
      const off = await sw.evaluate((el) => getComputedStyle(el).backgroundColor);
      await sw.check();
      const on = await sw.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.not.equal(on, off, "checked and unchecked differ");
      assert.equal(await axeViolations(page), []);
      const knob = () => sw.evaluate((el) => getComputedStyle(el, "::after").transitionDuration);
      assert.is(await knob(), "0.15s");
      await page.emulateMedia({ reducedMotion: "reduce" });
      assert.is(await knob(), "0s", "reduced motion stops the switch knob's transition (a pseudo-element)");
    },
  ));

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

test("light theme: input borders reach 3:1 and placeholders 4.5:1 against their backgrounds", () =>
  withApp(
    ctx.browser,
    "widgets",
    async (page) => {
      // Colours are read in the page and compared here (helpers defined inside evaluate() break under tsx).
      const c = await page.getByRole("textbox", { name: "Name" }).evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          border: s.borderTopColor,
          field: s.backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
          sidebar: getComputedStyle(document.querySelector(".sl-sidebar")!).backgroundColor,
          placeholder: getComputedStyle(el, "::placeholder").color,
        };
      });
      const ratios = {
        borderOnPage: contrast(c.border, c.page),
        borderOnField: contrast(c.border, c.field),
        borderOnSidebar: contrast(c.border, c.sidebar),
        placeholder: contrast(c.placeholder, c.field),
      };
      for (const k of ["borderOnPage", "borderOnField", "borderOnSidebar"] as const) assert.ok(ratios[k] >= 3, `${k} ${ratios[k]}`);
      assert.ok(ratios.placeholder >= 4.5, `placeholder ${ratios.placeholder}`);
    },
    { contextOptions: { colorScheme: "light" } },
  ));

test.run();
