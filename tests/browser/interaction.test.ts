// The rerun loop in a real browser: keyboard slider keeps focus, Enter submits a text input, a button is one-shot.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/index.ts";
import { startApp, streamsOpen, useBrowser, waitForText, watchErrors } from "./harness.ts";

const ctx = useBrowser(test, "hello");

test("a slider moved with the keyboard updates the text and keeps focus", async () => {
  const page = await ctx.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(ctx.app.url);
  const slider = page.getByLabel("Pick a number");
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await waitForText(page, "51 squared is 2601");
  await page.keyboard.press("ArrowRight");
  await waitForText(page, "52 squared is 2704");
  assert.is(await page.evaluate(() => document.activeElement?.getAttribute("type")), "range");
  assert.is(await slider.inputValue(), "52");
  assert.is(await page.locator("output").first().textContent(), "52");
  assert.equal(errors, []);
  await page.close();
});

test("a text input is submitted with Enter, and Enter presses no button", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  await page.getByLabel("Your name").fill("Grace");
  await page.keyboard.press("Enter");
  await waitForText(page, "Nice to meet you, Grace!");
  assert.ok(await page.getByText("Button clicked 0 times").isVisible());
  assert.is(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent), "Your name");
  await page.close();
});

test("a button click is one-shot", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  await page.getByRole("button", { name: "Click me" }).click();
  await waitForText(page, "Button clicked 1 times");
  // Another interaction reruns the app: the button is false again, so the count stays.
  await page.getByLabel("Show details").check();
  await waitForText(page, "Widgets keep their values");
  assert.ok(await page.getByText("Button clicked 1 times").isVisible());
  await page.getByRole("button", { name: "Click me" }).click();
  await waitForText(page, "Button clicked 2 times");
  // The glue numbers the tab's posts, so the server can ignore one that overtook a newer one.
  assert.ok([...ctx.app.server.sessions.all()].some((s) => s.lastPostSeq >= 3), "the posts carried _sluice_seq");
  await page.close();
});

test("only changed elements are swapped: an unchanged element keeps its DOM node", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.app.url);
  await page.evaluate(() => ((document.querySelector("#sl-0-0") as any).__mark = "kept"));
  await page.getByLabel("Pick a number").focus();
  await page.keyboard.press("ArrowLeft");
  await waitForText(page, "49 squared is 2401");
  assert.is(await page.evaluate(() => (document.querySelector("#sl-0-0") as any).__mark), "kept");
  await page.close();
});

test("a server update of the input being typed in keeps focus, caret and the typed text", async () => {
  let label = "Name";
  const fn = (st: St) => {
    const name = st.textInput(label, { key: "name" });
    st.write(`Hello ${name}`);
  };
  const app = await startApp(fn, { server: { runOnSave: true } });
  const page = await ctx.browser.newPage();
  await page.goto(app.url);
  await streamsOpen(app.server);
  const input = page.locator("input[type=text]");
  await input.click();
  await page.keyboard.type("Grace Hopper");
  await input.evaluate((el: HTMLInputElement) => el.setSelectionRange(5, 5));
  label = "Full name"; // the input's own element changes on the server while the user is typing in it
  app.server.reload(fn);
  await page.waitForFunction(() => document.querySelector("#sl-form label")?.textContent === "Full name");
  const state = await input.evaluate((el: HTMLInputElement) => ({ focused: document.activeElement === el, caret: el.selectionStart, value: el.value }));
  assert.equal(state, { focused: true, caret: 5, value: "Grace Hopper" });
  await page.keyboard.type(" B.");
  assert.is(await input.inputValue(), "Grace B. Hopper");
  await page.close();
  await app.close();
});

test.run();
