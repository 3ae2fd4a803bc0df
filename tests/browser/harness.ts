// Browser test harness: a real sluice server on a random port, Debian's Chromium through playwright-core, and
// axe-core run inside the page. Never downloads a browser; only talks to 127.0.0.1.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp, type PartialConfig } from "../../src/server/index.ts";
import { serve } from "../../src/adapters/node.ts";
import type { AppFunction } from "../../src/script/runner.ts";

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export async function startApp(app: AppFunction, config: PartialConfig = {}) {
  const server = createApp({ app, title: "sluice test", config });
  const { port, close } = await serve(server, { port: 0, hostname: "127.0.0.1" });
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      server.shutdown();
      return close();
    },
  };
}

/**
 * Serves an app (an example's name, or a function) and opens it in a new page of `browser` (or of a context made
 * with `contextOptions`); runs `fn`; always closes the page and the server, also when `fn` fails.
 */
export async function withApp(
  browser: Browser,
  app: string | AppFunction,
  fn: (page: Page, served: Awaited<ReturnType<typeof startApp>>) => Promise<void>,
  o: { config?: PartialConfig; contextOptions?: Parameters<Browser["newContext"]>[0] } = {},
): Promise<void> {
  const served = await startApp(typeof app === "string" ? await example(app) : app, o.config);
  const context = await browser.newContext(o.contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(served.url);
    await fn(page, served);
  } finally {
    await context.close();
    await served.close();
  }
}

/** Registers before/after hooks on a uvu suite: one browser, and optionally one app, for the whole file. */
export function useBrowser(suite: { before(fn: () => unknown): void; after(fn: () => unknown): void }, appName?: string) {
  const ctx = {} as { browser: Browser; app: Awaited<ReturnType<typeof startApp>> };
  suite.before(async () => {
    ctx.browser = await launch();
    if (appName) ctx.app = await startApp(await example(appName));
  });
  suite.after(async () => {
    await ctx.browser?.close();
    await ctx.app?.close();
  });
  return ctx;
}

/** Waits until every session of the server has its stream open. */
export async function streamsOpen(server: { sessions: { all(): Iterable<{ connected: boolean }> } }, timeout = 5000) {
  const until = Date.now() + timeout;
  while (![...server.sessions.all()].every((s) => s.connected)) {
    if (Date.now() > until) throw new Error("the tab's stream did not open");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Loads an example module's default export. */
export async function example(name: string): Promise<AppFunction> {
  return (await import(`../../examples/${name}.ts`)).default as AppFunction;
}

/** Collects console errors and page errors (except the favicon 404). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/favicon|status of 404/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Waits until the page's text contains `text`. */
export async function waitForText(page: Page, text: string, timeout = 5000): Promise<void> {
  await page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2.0–2.2 A/AA rules) in the page; returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // evaluate() is not subject to the page's CSP
  const result = await page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
    return r.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(" ")).join(", ")})`);
  });
  return result as string[];
}
