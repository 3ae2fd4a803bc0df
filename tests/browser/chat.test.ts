// The chat example in a real browser: Enter sends and Shift+Enter makes a new line, the field is cleared and keeps
// the focus, the reply streams in and ends as rendered Markdown (read out once), the input is pinned at the bottom
// without covering the conversation, and it all works with the keyboard only, at 320 px, and without JavaScript.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { axeViolations, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);
const FIELD = "Say something";
const focusedLabel = (page: Page) => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent ?? document.activeElement?.tagName);
const replies = (page: Page) => page.locator("article[aria-label=assistant]");

test("Enter sends, the field is cleared and keeps focus, and the reply streams in then ends as Markdown", () =>
  withApp(ctx.browser, "chat", async (page) => {
    const errors = watchErrors(page);
    const field = page.getByLabel(FIELD);
    await field.focus();
    await page.keyboard.type("hello there");
    // Every length the streaming text had, as the browser showed it (arriving: plain, busy text, growing).
    await page.evaluate(() => {
      const w = window as unknown as { lengths: number[] };
      w.lengths = [];
      new MutationObserver(() => {
        const t = document.querySelector(".sl-streaming .sl-stream-text");
        if (t && w.lengths.at(-1) !== t.textContent!.length) w.lengths.push(t.textContent!.length);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
      // Everything the live region said.
      const status = document.getElementById("sl-status")!;
      (window as unknown as { said: string[] }).said = [];
      new MutationObserver(() => (window as unknown as { said: string[] }).said.push(status.textContent ?? "")).observe(status, { childList: true, subtree: true, characterData: true });
    });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (document.querySelector("textarea[data-sl-chat]") as HTMLTextAreaElement).value === "");
    assert.is(await field.inputValue(), "", "cleared once sent");
    assert.is(await focusedLabel(page), FIELD, "focus stays in the field");
    await replies(page).locator("strong").first().waitFor({ timeout: 5000 });
    assert.is(await replies(page).locator("strong").first().textContent(), "hello there");
    assert.is(await page.locator(".sl-streaming").count(), 0);
    const lengths = await page.evaluate(() => (window as unknown as { lengths: number[] }).lengths);
    assert.ok(lengths.length >= 3 && lengths.every((n, i) => i === 0 || n > lengths[i - 1]!), `the text grew as it arrived: ${lengths}`);
    assert.equal(await page.locator("article.sl-chat-message").evaluateAll((as) => as.map((a) => a.getAttribute("aria-label"))), ["user", "assistant"]);
    // Read out once, complete (the live region), not token by token.
    await page.waitForFunction(() => /assistant: You said: hello there\. Echo is a very small model\./.test(document.getElementById("sl-status")?.textContent ?? ""));
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter((t) => t.includes("You said")));
    assert.equal(said, ["assistant: You said: hello there. Echo is a very small model."], "the reply is said once, whole");
    assert.equal(errors, []);
  }));

test("Shift+Enter makes a new line and sends nothing; a second message is its own", () =>
  withApp(ctx.browser, "chat", async (page) => {
    const field = page.getByLabel(FIELD);
    await field.focus();
    await page.keyboard.type("line one");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("line two");
    await page.waitForTimeout(150);
    assert.is(await field.inputValue(), "line one\nline two");
    assert.is(await page.locator("article.sl-chat-message").count(), 0, "nothing sent");
    await page.keyboard.press("Enter");
    await replies(page).nth(0).locator("strong").waitFor();
    await page.keyboard.type("again");
    await page.keyboard.press("Enter");
    await replies(page).nth(1).locator("strong").waitFor();
    assert.equal(await page.locator("article[aria-label=user]").allTextContents().then((t) => t.map((x) => x.trim())), ["🧑line one\nline two", "🧑again"].map((x) => x));
  }));

test("keyboard only: Tab reaches the field and the Send button; Send keeps the focus in the field", () =>
  withApp(ctx.browser, "chat", async (page) => {
    for (let i = 0; i < 20 && (await focusedLabel(page)) !== FIELD; i++) await page.keyboard.press("Tab");
    assert.is(await focusedLabel(page), FIELD);
    await page.keyboard.type("by keys");
    await page.keyboard.press("Tab");
    assert.is(await page.evaluate(() => document.activeElement?.textContent?.trim()), "Send");
    await page.keyboard.press("Enter");
    await replies(page).locator("strong").waitFor();
    assert.is(await focusedLabel(page), FIELD);
    assert.is(await page.getByLabel(FIELD).inputValue(), "");
  }));

test("pinned at the bottom without covering the conversation, at 320 px too; zero axe violations (light, dark)", async () => {
  for (const width of [1024, 320]) {
    await withApp(
      ctx.browser,
      "chat",
      async (page) => {
        const field = page.getByLabel(FIELD);
        for (const m of ["one", "two", "three", "four"]) {
          await field.fill(m);
          await page.keyboard.press("Enter");
          await waitForText(page, `You said: ${m}.`);
        }
        await page.waitForFunction(() => document.querySelectorAll(".sl-streaming").length === 0);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const view = page.viewportSize()!;
        const bar = (await page.locator("#sl-3").boundingBox())!;
        assert.ok(Math.abs(bar.y + bar.height - view.height) < 2, "the bar sits at the bottom of the viewport");
        const last = (await replies(page).last().boundingBox())!;
        assert.ok(last.y + last.height <= bar.y + 1, `the last message (ends ${last.y + last.height}) is above the bar (${bar.y})`);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling");
        assert.equal(await axeViolations(page), []);
      },
      { contextOptions: { viewport: { width, height: 600 }, colorScheme: width === 320 ? "dark" : "light" } },
    );
  }
});

test("a send whose post fails keeps its text, and the retry sends it", () =>
  withApp(ctx.browser, "chat", async (page) => {
    let fail = true;
    await page.route("**/_sluice/rerun", (route) => (fail ? ((fail = false), route.abort()) : route.continue()));
    await page.getByLabel(FIELD).fill("not lost");
    await page.getByLabel(FIELD).press("Enter");
    await replies(page).locator("strong").waitFor({ timeout: 10000 });
    assert.is(await replies(page).locator("strong").textContent(), "not lost");
    assert.is(await page.locator("article[aria-label=user]").count(), 1, "sent once");
    assert.is(await page.getByLabel(FIELD).inputValue(), "");
  }));

test("without JavaScript: Enter or Send posts the page, which returns to the empty field with the reply rendered", () =>
  withApp(
    ctx.browser,
    "chat",
    async (page) => {
      const line = page.locator("input.sl-chat-nojs"); // the one-line field stands in for the textarea
      assert.is(await page.locator("textarea[data-sl-chat]").isVisible(), false);
      assert.is(await line.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent), FIELD);
      await line.fill("no scripts");
      await page.getByRole("button", { name: "Send" }).click();
      await page.waitForURL(/#sl-w/);
      assert.is(await replies(page).locator("strong").textContent(), "no scripts");
      assert.is(await line.inputValue(), "");
      assert.is(new URL(page.url()).hash, "#" + (await line.getAttribute("id")), "the page returns to the chat input");
      assert.is(await focusedLabel(page), FIELD, "with the focus in it");
      // Enter in the field submits the page (with Apply, the form's first button) and sends the message too.
      await page.keyboard.type("by enter");
      await page.keyboard.press("Enter");
      await replies(page).nth(1).locator("strong").waitFor();
      assert.is(await replies(page).nth(1).locator("strong").textContent(), "by enter");
    },
    { contextOptions: { javaScriptEnabled: false } },
  ));

test.run();
