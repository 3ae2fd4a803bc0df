// st.form in Chromium (examples/form.ts): typing in a form posts nothing; its button or Enter submits it in one
// post; enterToSubmit off; clearOnSubmit; JavaScript off; keyboard only; an edit outside a form keeps the
// unsubmitted typing in it; Enter outside a form posts once; axe in both themes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";
import type { St } from "../../src/index.ts";

const ctx = useBrowser(test, "form");

/** Counts this page's rerun posts. */
function posts(page: Page) {
  const counter = { n: 0 };
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/_sluice/rerun")) counter.n++;
  });
  return counter;
}

/** Waits for the page to be idle: no post in flight, and a moment for one that a keystroke may still start. */
async function settle(page: Page) {
  await page.waitForTimeout(250);
  await page.waitForFunction(() => !document.documentElement.classList.contains("sl-busy"));
}

async function open(url = ctx.app.url) {
  const page = await ctx.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors, count: posts(page) };
}

test("typing and tabbing through a form posts nothing; its button submits every field in one post", async () => {
  const { page, errors, count } = await open();
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("Name").fill("Ada");
  await form.getByLabel("Email").fill("ada@example.com");
  await form.getByLabel("Seats").fill("3");
  await form.getByLabel("I accept the terms").check();
  await form.getByLabel("Name").focus(); // the edited fields lose focus: their change events fire
  await settle(page);
  assert.is(count.n, 0, "no post while filling the form");
  assert.not.ok(await page.getByText("Welcome").isVisible());
  await form.getByRole("button", { name: "Create account" }).click();
  await waitForText(page, "Welcome, Ada! 3 seats on the Free plan; we wrote to ada@example.com.");
  await settle(page);
  assert.is(count.n, 1, "one post for the submit");
  assert.equal(errors, []);
  await page.close();
});

test("the app's validation message shows after a submit with a bad field, and the fields keep what was typed", async () => {
  const { page } = await open();
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("Name").fill("Ada");
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("alert").filter({ hasText: "enter an email address like name@example.com" }).waitFor();
  assert.is(await form.getByLabel("Email").inputValue(), "not-an-email");
  assert.is(await form.getByLabel("Name").inputValue(), "Ada");
  await page.close();
});

test("Enter in a form's text field submits the form, in one post", async () => {
  const { page, count } = await open();
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("Name").fill("Grace");
  await form.getByLabel("I accept the terms").check();
  await form.getByLabel("Email").fill("grace@example.com");
  await form.getByLabel("Email").press("Enter");
  await waitForText(page, "Welcome, Grace!");
  await settle(page);
  assert.is(count.n, 1);
  await page.close();
});

test("clearOnSubmit: the note is added and the field is empty again; what was typed in the other form stays", async () => {
  const { page } = await open();
  await page.getByRole("form", { name: "Sign up" }).getByLabel("Name").fill("Typed, not sent");
  const quick = page.getByRole("form", { name: "Quick note" });
  await quick.getByLabel("Note").fill("Buy milk");
  await quick.getByLabel("Note").press("Enter");
  await page.getByRole("listitem").filter({ hasText: "Buy milk" }).waitFor();
  await settle(page);
  assert.is(await quick.getByLabel("Note").inputValue(), "");
  await quick.getByLabel("Note").fill("Call Bob");
  await quick.getByRole("button", { name: "Add note" }).click();
  await page.getByRole("listitem").filter({ hasText: "Call Bob" }).waitFor();
  await settle(page);
  assert.is(await quick.getByLabel("Note").inputValue(), "");
  assert.is(await page.getByRole("form", { name: "Sign up" }).getByLabel("Name").inputValue(), "Typed, not sent");
  await page.close();
});

test("a change outside the form reruns the app and keeps the unsubmitted typing in the form, also in a re-rendered field", async () => {
  const { page, count } = await open();
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("Email").fill("typed@example.com");
  await form.getByLabel("Name").fill("Typed");
  await page.getByLabel("Team").check(); // outside: reruns at once; the Email field's help changes with it
  await form.getByText("Use your work address").waitFor();
  await settle(page);
  assert.is(count.n, 1);
  assert.is(await form.getByLabel("Email").inputValue(), "typed@example.com", "the re-rendered field keeps the typing");
  assert.is(await form.getByLabel("Name").inputValue(), "Typed");
  await form.getByLabel("I accept the terms").check();
  await form.getByRole("button", { name: "Create account" }).click();
  await waitForText(page, "Welcome, Typed! 1 seat on the Team plan; we wrote to typed@example.com.");
  await page.close();
});

test("keyboard only: Tab into the form, type, and press the submit button with Enter; focus stays on the button", async () => {
  const { page } = await open();
  await page.getByRole("form", { name: "Sign up" }).getByLabel("Name").focus();
  await page.keyboard.type("Kay");
  await page.keyboard.press("Tab");
  await page.keyboard.type("kay@example.com");
  await page.keyboard.press("Tab"); // help text is not focusable: the next field is Seats
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space"); // the terms checkbox
  await page.keyboard.press("Tab");
  assert.is(await page.evaluate(() => document.activeElement?.textContent?.trim()), "Create account");
  await page.keyboard.press("Enter");
  await waitForText(page, "Welcome, Kay!");
  assert.is(await page.evaluate(() => document.activeElement?.textContent?.trim()), "Create account");
  await page.close();
});

const noEnter = (st: St) => {
  const f = st.form("search", { enterToSubmit: false });
  const q = f.textInput("Query");
  f.formSubmitButton("Search");
  st.text(`query: ${q}`);
};

test("enterToSubmit false: Enter in the form's field posts nothing; the button still submits", async () => {
  await withApp(ctx.browser, noEnter, async (page) => {
    const count = posts(page);
    await page.getByLabel("Query").fill("cats");
    await page.getByLabel("Query").press("Enter");
    await settle(page);
    assert.is(count.n, 0);
    assert.ok(await page.getByText("query: ").isVisible());
    await page.getByRole("button", { name: "Search" }).click();
    await waitForText(page, "query: cats");
  });
});

test("Enter in a text field outside a form commits it with one post (not a second, no-op one)", async () => {
  await withApp(ctx.browser, (st: St) => void st.text(`name: ${st.textInput("Name")}`), async (page) => {
    const count = posts(page);
    await page.getByLabel("Name").fill("Ada");
    await page.getByLabel("Name").press("Enter");
    await waitForText(page, "name: Ada");
    await settle(page);
    assert.is(count.n, 1);
    await page.getByLabel("Name").press("Enter"); // unchanged: nothing to commit
    await settle(page);
    assert.is(count.n, 1);
  });
});

const choices = (st: St) => {
  const f = st.form("prefs");
  const langs = f.multiselect("Languages", ["Go", "Rust", "Zig"]);
  const size = f.selectbox("Size", ["S", "M", "L"]);
  const level = f.slider("Level", { minValue: 0, maxValue: 10, value: 2 });
  f.formSubmitButton("Save");
  st.text(`saved: ${langs.join("+")} ${size} ${level}`);
};

test("a multiselect, a selectbox and a slider in a form post nothing; Enter in the multiselect picks an option, not a submit", async () => {
  await withApp(ctx.browser, choices, async (page) => {
    const errors = watchErrors(page);
    const count = posts(page);
    const combo = page.getByRole("combobox", { name: "Languages" });
    await combo.focus();
    await page.keyboard.press("ArrowDown"); // opens the list at Go
    await page.keyboard.press("Enter"); // picks Go
    await page.keyboard.press("Escape");
    await page.getByLabel("Size").selectOption("L");
    await page.getByLabel("Level").fill("7");
    await settle(page);
    assert.is(count.n, 0);
    assert.ok(await page.getByText("saved: S 2").isVisible());
    await page.getByRole("button", { name: "Save" }).click();
    await waitForText(page, "saved: Go L 7");
    assert.equal(errors, []);
  });
});

test("without JavaScript a form is a plain form: its button submits its fields; Apply does not submit it but keeps its typing", async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ctx.app.url);
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("Name").fill("Nojs");
  await page.getByLabel("Team").check();
  await page.getByRole("button", { name: "Apply" }).first().click();
  await form.getByText("Use your work address").waitFor(); // the page after Apply
  assert.is(await form.getByLabel("Name").inputValue(), "Nojs", "the unsubmitted typing is shown again");
  assert.not.ok(await page.getByText("Welcome").isVisible(), "Apply does not submit the form");
  await form.getByLabel("Email").fill("nojs@example.com");
  await form.getByLabel("I accept the terms").check();
  await form.getByRole("button", { name: "Create account" }).click();
  await waitForText(page, "Welcome, Nojs! 1 seat on the Team plan; we wrote to nojs@example.com.");
  const quick = page.getByRole("form", { name: "Quick note" });
  await quick.getByLabel("Note").fill("No scripts");
  await quick.getByRole("button", { name: "Add note" }).click();
  await page.getByRole("listitem").filter({ hasText: "No scripts" }).waitFor();
  assert.is(await page.getByRole("form", { name: "Quick note" }).getByLabel("Note").inputValue(), "");
  await context.close();
});

test("axe: no violations in either theme, with a form error shown", async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await ctx.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(ctx.app.url);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("alert").waitFor();
    assert.equal(await axeViolations(page), [], colorScheme);
    await context.close();
  }
});

test.run();
