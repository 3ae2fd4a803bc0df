// Charts in Chromium: each chart is an image with an accessible name and a "Show data" table; the series colours
// follow the light and dark themes (CSS variables, one SVG); at 320 CSS px the page does not scroll sideways;
// moving the slider redraws its chart; axe passes with the data tables open.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);
const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test("a chart is an image named by its description, with its data table behind Show data", () =>
  withApp(ctx.browser, "charts", async (page) => {
    const errors = watchErrors(page);
    const chart = page.getByRole("img", { name: "Line chart of users and orders by day, 2 series, 60 points, 20 to 126" });
    await chart.waitFor();
    assert.is(await page.getByRole("img", { name: "Northern sales by city" }).count(), 1);
    const show = page.getByText("Show data").first();
    await show.click();
    const table = page.getByRole("table", { name: /^Data of: Line chart of users and orders/ });
    assert.ok(await table.isVisible());
    assert.is(await table.getByRole("columnheader").count(), 3);
    assert.is(await table.getByRole("rowheader").count(), 60);
    const region = page.getByRole("region", { name: /^Data of: Line chart/ });
    await region.focus(); // the scrolling table is reachable by keyboard
    assert.is(await region.evaluate((el) => el === document.activeElement), true);
    assert.equal(await axeViolations(page), []);
    assert.equal(errors, []);
  }));

for (const colorScheme of ["light", "dark"] as const) {
  test(`${colorScheme}: the series and the labels take the theme's colours`, () =>
    withApp(
      ctx.browser,
      "charts",
      async (page) => {
        await page.getByRole("img").first().waitFor();
        const colours = await page.evaluate(() => {
          const svg = document.querySelector(".sl-chart-svg svg")!;
          const line = [...svg.querySelectorAll("path")].find((p) => (p.getAttribute("style") ?? "").includes("--sl-chart-1"))!;
          const label = [...svg.querySelectorAll("text")].find((t) => (t.getAttribute("style") ?? "").includes("--sl-muted"))!;
          return { line: getComputedStyle(line).stroke, label: getComputedStyle(label).fill };
        });
        const expected = colorScheme === "light" ? { line: "rgb(94, 141, 189)", label: "rgb(84, 91, 104)" } : { line: "rgb(30, 115, 174)", label: "rgb(181, 186, 196)" };
        assert.is(colours.line, expected.line);
        assert.is(colours.label, expected.label);
        await page.getByText("Show data").first().click();
        assert.equal(await axeViolations(page), []);
      },
      { contextOptions: { colorScheme } },
    ));
}

test("at 320 CSS px every chart fits: no sideways page scroll, the SVG as wide as its column", () =>
  withApp(
    ctx.browser,
    "charts",
    async (page) => {
      await page.getByRole("img").first().waitFor();
      assert.ok(await noOverflow(page));
      const widths = await page.evaluate(() => [...document.querySelectorAll(".sl-chart-svg svg")].map((s) => s.getBoundingClientRect().right));
      assert.is(widths.length, 6);
      for (const right of widths) assert.ok(right <= 320, `chart ends at ${right}px`);
      await page.getByText("Show data").first().click();
      assert.ok(await noOverflow(page), "the open data table scrolls inside its own region");
    },
    { contextOptions: { viewport: { width: 320, height: 640 } } },
  ));

test("without JavaScript the charts and their data tables are all there", () =>
  withApp(
    ctx.browser,
    "charts",
    async (page) => {
      assert.is(await page.getByRole("img", { name: /chart|sales/ }).count(), 6);
      await page.getByText("Show data").nth(3).click(); // a native <details>
      assert.ok(await page.getByRole("table", { name: /^Data of: Scatter chart of weight by height/ }).isVisible());
      // (axe runs inside the page, which needs JavaScript; the same markup passes axe in the tests above)
    },
    { contextOptions: { javaScriptEnabled: false } },
  ));

test("moving the slider redraws its chart", () =>
  withApp(ctx.browser, "charts", async (page) => {
    const slider = page.getByRole("slider", { name: "Growth per day" });
    await slider.waitFor();
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.getByRole("img", { name: "Line chart of forecast by day, 30 points, 103 to 190" }).waitFor();
    assert.is(await page.getByRole("img", { name: "Line chart of forecast by day, 30 points, 102 to 160" }).count(), 0);
  }));

test.run();
