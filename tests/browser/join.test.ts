// A tab proves its session alive: with scripts the glue's join beacon, without them the <noscript> stylesheet
// beacon. Both keep the session past server.unjoinedSessionTtl, after which a page no browser opened is gone.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { example, launch, startApp } from "./harness.ts";
import type { Browser } from "playwright-core";

let browser: Browser;
test.before(async () => void (browser = await launch()));
test.after(async () => browser?.close());

for (const javaScriptEnabled of [true, false]) {
  test(`a tab ${javaScriptEnabled ? "with" : "without"} JavaScript keeps its session past server.unjoinedSessionTtl`, async () => {
    const served = await startApp(await example("hello"), { server: { unjoinedSessionTtl: 1 } });
    const context = await browser.newContext({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.goto(served.url);
      const id = await page.locator('input[name="_sluice_session"]').getAttribute("value");
      const unopened = await (await fetch(served.url)).text(); // a page no browser renders: never joined
      const lost = /name="_sluice_session" value="([0-9a-f]+)"/.exec(unopened)![1]!;
      await page.waitForTimeout(2500);
      assert.ok(served.server.sessions.get(id!), "the tab's session is still there");
      assert.is(served.server.sessions.get(lost), undefined, "the unopened page's session expired");
      await page.getByLabel("Pick a number").fill("12");
      if (javaScriptEnabled) await page.getByLabel("Pick a number").dispatchEvent("change");
      else await Promise.all([page.waitForURL(served.url), page.getByRole("button", { name: "Apply" }).first().click()]);
      await page.getByText("12 squared is 144").waitFor();
      assert.is(await page.locator('input[name="_sluice_session"]').getAttribute("value"), id, "same session, no reload");
    } finally {
      await context.close();
      await served.close();
    }
  });
}

test.run();
