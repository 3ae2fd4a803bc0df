// Recovery: a crashing app shows its exception in place and recovers on the next rerun; a dropped stream
// reconnects and loses no update; a slow first run shows its first elements at once and streams the rest.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/index.ts";
import { example, startApp, streamsOpen, useBrowser, waitForText, withApp } from "./harness.ts";

const ctx = useBrowser(test);

test("a crashing app shows the exception in place and recovers on the next rerun", () =>
  withApp(ctx.browser, "crash", async (page, app) => {
    await waitForText(page, "The app ran to the end.");
    await page.getByLabel("Make the app throw").check();
    await waitForText(page, "Boom: the app crashed on purpose");
    assert.ok(await page.getByRole("alert").filter({ hasText: "Boom" }).isVisible());
    assert.is(await page.getByText("The app ran to the end.").count(), 0);
    await page.getByLabel("Make the app throw").uncheck();
    await waitForText(page, "The app ran to the end.");
    assert.is(await page.getByText("Boom").count(), 0);
  }));

test("the stream reconnects after the connection drops and loses no update", async () => {
  let version = 1;
  const appFn = (st: St) => {
    st.title(`Version ${version}`);
    st.slider("n", { minValue: 0, maxValue: 10, value: 5 });
  };
  await withApp(
    ctx.browser,
    appFn,
    async (page, app) => {
      await streamsOpen(app.server);
      const [session] = [...app.server.sessions.all()];
      // Drop the stream, then change the app while the tab is disconnected.
      session!.dropStream();
      version = 2;
      app.server.reload(appFn);
      await waitForText(page, "Version 2", 8000);
      session!.dropStream();
      version = 3;
      app.server.reload(appFn);
      await waitForText(page, "Version 3", 8000);
      // Widgets still work after the reconnects.
      await page.getByLabel("n").focus();
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => (document.querySelector("input[type=range]") as HTMLInputElement).value === "6");
    },
    { config: { server: { runOnSave: true } } },
  );
});

test("a tab whose session expired goes on in a new session that keeps its values, without a reload", () =>
  withApp(ctx.browser, "hello", async (page, app) => {
    const [old] = [...app.server.sessions.all()];
    app.server.sessions.delete(old!.id);
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await page.getByLabel("Show details").check();
    await waitForText(page, "Widgets keep their values");
    assert.ok(await page.evaluate(() => (window as any).__sameDocument), "no reload (LiveView's auto-recover)");
    await page.getByLabel("Pick a number").focus();
    await page.keyboard.press("ArrowRight");
    await waitForText(page, "51 squared is 2601");
    assert.ok(![...app.server.sessions.all()].some((s) => s.id === old!.id));
  }));

test("a slow first run shows its first elements at once and streams the rest", async () => {
  const app = await startApp(await example("slow"), { server: { firstPaintMs: 100 } });
  const page = await ctx.browser.newPage();
  const started = Date.now();
  await page.goto(app.url, { waitUntil: "domcontentloaded" });
  const firstPaint = Date.now() - started;
  assert.ok(await page.getByRole("heading", { name: "A slow app" }).isVisible());
  assert.ok(firstPaint < 550, `page took ${firstPaint} ms`); // the full run takes 600 ms
  await waitForText(page, "All 4 steps done", 5000);
  assert.is(await page.getByText(/^Step \d done$/).count(), 4);
  await page.close();
  await app.close();
});

test.run();
