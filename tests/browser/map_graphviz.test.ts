// st.map and st.graphvizChart in Chromium: each drawing has a name and its data (a table, a text list) behind a
// disclosure; at 320 CSS px both fit without page scrolling (the table scrolls in its own region); a graph's DOT
// error shows in place and the app keeps answering; axe finds nothing in either theme.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { axeViolations, useBrowser, waitForText, withApp } from "./harness.ts";

const ctx = useBrowser(test);
const narrow = { viewport: { width: 320, height: 640 } };
const noPageScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test("the map has a name, a tooltip per point and its points as a table", () =>
  withApp(ctx.browser, "map", async (page) => {
    const map = page.getByRole("img", { name: /^Map of 8 points in France/ });
    await map.waitFor();
    assert.is(await map.locator("circle").count(), 8);
    assert.match((await map.locator("circle title").first().textContent()) ?? "", /^Latitude 48\.8566, longitude 2\.3522; city: Paris/);
    await page.getByText("Show data").first().click();
    const table = page.getByRole("region", { name: /^Data: Map of 8 points/ }).getByRole("table");
    assert.is(await table.getByRole("row").count(), 9);
    assert.equal(await table.getByRole("columnheader").allTextContents(), ["city", "lat", "lon", "population"]);
    assert.equal(await axeViolations(page), []);
  }));

test("a slider filters the points: the map is redrawn with its new name", () =>
  withApp(ctx.browser, "map", async (page) => {
    await page.getByRole("img", { name: /^Map of 8 points/ }).waitFor();
    const slider = page.getByRole("slider", { name: "Minimum population (millions)" });
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight"); // 0.6: Paris and Marseille
    await page.getByRole("img", { name: /^Map of 2 points in France/ }).waitFor();
  }));

test("at 320 CSS px the map and the graph fit the screen whole; the data table scrolls inside its region", () =>
  withApp(
    ctx.browser,
    "map",
    async (page) => {
      const svg = page.getByRole("img", { name: /^Map of 8 points/ });
      await svg.waitFor();
      const box = (await svg.boundingBox())!;
      assert.ok(box.width <= 320 && box.x >= 0, `map ${box.x}+${box.width}`);
      await page.getByText("Show data").first().click();
      assert.ok(await noPageScroll(page), "no sideways page scroll");
      assert.equal(await axeViolations(page), []);
    },
    { contextOptions: narrow },
  ).then(() =>
    withApp(
      ctx.browser,
      "graphviz",
      async (page) => {
        const svg = page.getByRole("img", { name: "Data pipeline" });
        await svg.waitFor();
        const box = (await svg.boundingBox())!;
        assert.ok(box.x >= 0 && box.x + box.width <= 320, `graph ${box.x}+${box.width}`);
        assert.ok(await noPageScroll(page), "no sideways page scroll");
      },
      { contextOptions: narrow },
    ),
  ));

test("the graph has a name and its nodes and edges as text, with its link as a real link", () =>
  withApp(ctx.browser, "graphviz", async (page) => {
    await page.getByRole("img", { name: "Data pipeline" }).waitFor();
    await page.getByRole("img", { name: "Graph with 4 nodes and 3 edges" }).waitFor();
    await page.getByText("Show as text").first().click();
    assert.ok(await page.getByRole("listitem").filter({ hasText: "lookup → join: by id" }).isVisible());
    assert.is(await page.getByRole("link", { name: "Read the docs" }).getAttribute("href"), "https://streamlit.io");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.equal(await axeViolations(page), [], scheme);
    }
  }));

test("without JavaScript: the map and its table are there; Apply redraws the filtered map", () =>
  withApp(
    ctx.browser,
    "map",
    async (page) => {
      await page.getByRole("img", { name: /^Map of 8 points in France/ }).waitFor();
      await page.getByText("Show data").first().click();
      assert.is(await page.getByRole("region", { name: /^Data: Map of 8 points/ }).getByRole("row").count(), 9);
      await page.getByRole("slider", { name: "Minimum population (millions)" }).fill("0.6");
      await page.getByRole("button", { name: "Apply" }).first().click();
      await page.getByRole("img", { name: /^Map of 2 points in France/ }).waitFor();
    },
    { contextOptions: { javaScriptEnabled: false } },
  ));

test("invalid DOT: the error with its line in place; the app goes on", () =>
  withApp(ctx.browser, "graphviz", async (page) => {
    await page.getByRole("img", { name: "Data pipeline" }).waitFor();
    await page.getByLabel("Show a graph with a mistake in it").check();
    await waitForText(page, "syntax error in line 3");
    await page.getByLabel("Show a graph with a mistake in it").uncheck();
    await page.locator(".sl-chart-error").waitFor({ state: "detached" });
    assert.ok(await page.getByRole("img", { name: "Data pipeline" }).isVisible());
  }));

test.run();
