// The connection in a real browser: a server killed and restarted on the same port with a tab open, a tab gone
// offline, the connection banner (a polite live region, axe-clean), and the Stop button on a run stuck in an await.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import type { St } from "../../src/index.ts";
import { createApp, type PartialConfig } from "../../src/server/index.ts";
import { serve } from "../../src/adapters/node.ts";
import { axeViolations, useBrowser, waitForText, watchErrors } from "./harness.ts";

const ctx = useBrowser(test);

/** Four widgets whose values the page echoes, and a button. */
const form = (st: St) => {
  st.title("Connection");
  const name = st.textInput("Name");
  const level = st.slider("Level", { minValue: 0, maxValue: 10, value: 2 });
  const subscribe = st.checkbox("Subscribe");
  const colour = st.selectbox("Colour", ["red", "green", "blue"]);
  const saved = st.button("Save");
  st.text(`name=${name}; level=${level}; subscribe=${subscribe}; colour=${colour}`);
  st.sessionState.saves ??= 0;
  if (saved) st.sessionState.saves += 1;
  st.text(`saves=${st.sessionState.saves}`);
};
const ENTERED = "name=Ada; level=5; subscribe=true; colour=blue";

async function start(port = 0, config: PartialConfig = {}) {
  const server = createApp({ app: form, title: "connection test", config });
  const listening = await serve(server, { port, hostname: "127.0.0.1" });
  return { server, port: listening.port, close: () => (server.shutdown(), listening.close()) };
}

async function enterFour(page: Page) {
  await page.getByLabel("Name").fill("Ada");
  await page.getByLabel("Name").press("Tab");
  await page.getByLabel("Level").focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.getByLabel("Subscribe").check();
  await page.getByLabel("Colour").selectOption("blue");
  await waitForText(page, ENTERED);
}

const banner = (page: Page) => page.locator("#sl-connection").textContent();
const sessionOf = (s: { server: { sessions: { all(): Iterable<any> } } }) => [...s.server.sessions.all()][0];

test("killed and restarted on the same port: the tab's next action recovers all 4 entered values", async () => {
  let first = await start();
  const context = await ctx.browser.newContext();
  let second: Awaited<ReturnType<typeof start>> | undefined;
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`http://127.0.0.1:${first.port}/`);
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await enterFour(page);
    const oldId = sessionOf(first).id;
    await first.close();
    // The user presses Save while the server is down: the post fails, the tab says so and owes the post.
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForFunction(() => /Connecting|Connection lost/.test(document.getElementById("sl-connection")!.textContent!));
    assert.is(await page.locator("#sl-connection").getAttribute("role"), "status");
    second = await start(first.port);
    // Back: the post is made again, the new server starts a session holding every value, and the press counts.
    await waitForText(page, "saves=1", 10_000);
    assert.ok(await page.getByText(ENTERED).isVisible(), "all 4 values survived");
    assert.is(await banner(page), "");
    assert.ok(await page.evaluate(() => (window as any).__sameDocument), "no reload");
    const fresh = sessionOf(second);
    assert.ok(fresh.id !== oldId);
    assert.is(await page.locator("input[name=_sluice_session]").getAttribute("value"), fresh.id);
    assert.is(await page.getByLabel("Name").inputValue(), "Ada");
    // The tab goes on with the new session.
    await page.getByLabel("Colour").selectOption("red");
    await waitForText(page, "colour=red");
    assert.is([...second.server.sessions.all()].length, 1);
    assert.equal(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|fetch/.test(e)), []);
  } finally {
    await context.close();
    await second?.close();
    await first.close().catch(() => {});
  }
});

test("with a stream open (rerun on save), a restarted server gets the tab's values without any action", async () => {
  const first = await start(0, { server: { runOnSave: true } });
  const context = await ctx.browser.newContext();
  let second: Awaited<ReturnType<typeof start>> | undefined;
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${first.port}/`);
    await enterFour(page);
    await first.close();
    await page.waitForFunction(() => document.getElementById("sl-connection")!.textContent !== "", null, { timeout: 8000 });
    second = await start(first.port, { server: { runOnSave: true } });
    const until = Date.now() + 15_000;
    while (!sessionOf(second)?.state.widgetValues.size || ![...sessionOf(second).state.widgetValues.values()].includes("Ada")) {
      if (Date.now() > until) throw new Error("the tab did not recover into the new server");
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.waitForFunction(() => document.getElementById("sl-connection")!.textContent === "");
    assert.ok(await page.getByText(ENTERED).isVisible());
  } finally {
    await context.close();
    await second?.close();
  }
});

test("offline, an edit is kept and reaches the server when the connection returns; the banner says so", async () => {
  const served = await start();
  const context = await ctx.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${served.port}/`);
    await page.getByLabel("Subscribe").check();
    await waitForText(page, "subscribe=true");
    await context.setOffline(true);
    await page.getByLabel("Name").fill("offline edit");
    await page.getByLabel("Name").press("Tab");
    await page.waitForFunction(() => /Connection lost|Connecting/.test(document.getElementById("sl-connection")!.textContent!));
    assert.ok(await page.locator("#sl-connection").isVisible());
    assert.is(await page.locator("#sl-connection").getAttribute("aria-live"), "polite");
    assert.equal(await axeViolations(page), []);
    assert.is(sessionOf(served).state.widgetValues.has("offline edit"), false);
    await context.setOffline(false);
    await waitForText(page, "name=offline edit", 10_000);
    assert.ok([...sessionOf(served).state.widgetValues.values()].includes("offline edit"), "the edit reached the server");
    await page.waitForFunction(() => document.getElementById("sl-connection")!.textContent === "");
  } finally {
    await context.close();
    await served.close();
  }
});

test("the Stop button shows while a run is stuck, stops it, and hides again", async () => {
  const app = async (st: St) => {
    st.title("Stop");
    const slow = st.checkbox("Wait for ever");
    st.text(slow ? "waiting…" : "idle");
    if (slow) await new Promise(() => {});
  };
  const server = createApp({ app, title: "stop test" });
  const listening = await serve(server, { port: 0, hostname: "127.0.0.1" });
  const page = await ctx.browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${listening.port}/`);
    const stop = page.getByRole("button", { name: "Stop" });
    assert.not.ok(await stop.isVisible(), "no Stop while nothing runs");
    await page.getByLabel("Wait for ever").check();
    await waitForText(page, "waiting…");
    await stop.waitFor({ state: "visible" });
    const session = [...server.sessions.all()][0]!;
    assert.ok(session.runner.running);
    assert.equal(await axeViolations(page), []);
    await stop.click();
    await stop.waitFor({ state: "hidden" });
    assert.not.ok(session.runner.running, "the run was stopped");
    // The session still works.
    await page.getByLabel("Wait for ever").uncheck();
    await waitForText(page, "idle");
  } finally {
    await page.close();
    server.shutdown();
    await listening.close();
  }
});

test.run();
