// Measure 5: in Chromium, slider change → updated text, median of N, for the sluice page (Node adapter) and the
// bare hono + htmx 4 + SSE page (bench/bare) served side by side on 127.0.0.1; changes alternate in rounds.
import { serve as honoServe } from "@hono/node-server";
import { chromium, type Page } from "playwright-core";
import { serve } from "../src/adapters/node.ts";
import { createBare } from "./bare/server.ts";
import { fmtMs, median, percentile, referenceServer, type Result } from "./util.ts";

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

interface Target {
  name: "sluice" | "bare";
  page: Page;
  slider: string;
  text: string;
  next: number;
  samples: number[];
  ttfb: number[];
}

/**
 * In-page code for one change, timed in the page: dispatch `change` → a MutationObserver sees the new text; resolves
 * once the request has ended too. A string, not a function: tsx's name helpers do not exist in the page.
 */
const IN_PAGE = `({ slider, text, value }) => new Promise((resolve, reject) => {
  const expected = "Value is " + value;
  let took = -1, requestDone = false, t0 = 0;
  const finish = () => {
    if (took < 0 || !requestDone) return;
    clearTimeout(timer);
    document.removeEventListener("htmx:finally:request", onDone);
    const r = performance.getEntriesByType("resource").filter((e) => e.initiatorType === "fetch").pop();
    performance.clearResourceTimings();
    resolve({ took, ttfb: r ? r.responseStart - r.startTime : -1 });
  };
  const onDone = () => { requestDone = true; finish(); };
  const obs = new MutationObserver(() => {
    if (document.querySelector(text)?.textContent !== expected) return;
    took = performance.now() - t0;
    obs.disconnect();
    finish();
  });
  const timer = setTimeout(() => { obs.disconnect(); reject(new Error("no '" + expected + "' within 5 s")); }, 5000);
  document.addEventListener("htmx:finally:request", onDone);
  obs.observe(document.body, { subtree: true, childList: true, characterData: true });
  const input = document.querySelector(slider);
  t0 = performance.now();
  input.value = String(value);
  input.dispatchEvent(new Event("change", { bubbles: true }));
})`;

/** One change: the in-page time to the new text, and the POST's time to first byte (Resource Timing). */
async function change(t: Target): Promise<{ took: number; ttfb: number }> {
  const value = (t.next = (t.next % 1000) + 1);
  return t.page.evaluate(`(${IN_PAGE})(${JSON.stringify({ slider: t.slider, text: t.text, value })})`) as Promise<{ took: number; ttfb: number }>;
}

export async function measureBrowser(o: { changes: number; warmup: number; rounds: number }): Promise<Result> {
  const sluiceServer = await serve(referenceServer(), { port: 0, hostname: "127.0.0.1" });
  const bareServer = await new Promise<{ port: number; close(): void }>((resolve) => {
    const s = honoServe({ fetch: createBare().fetch, port: 0, hostname: "127.0.0.1" }, (info) => resolve({ port: info.port, close: () => s.close() }));
  });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const errors: string[] = [];
  try {
    const open = async (name: Target["name"], port: number, slider: string, text: string): Promise<Target> => {
      const page = await (await browser.newContext()).newPage();
      page.on("pageerror", (e) => errors.push(`${name}: ${e.message}`));
      page.on("console", (m) => void (m.type() === "error" && !m.text().startsWith("Failed to load resource") && errors.push(`${name}: ${m.text()}`)));
      page.on("response", (r) => void (r.status() >= 400 && !r.url().endsWith("/favicon.ico") && errors.push(`${name}: ${r.status()} ${r.url()}`)));
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "load" });
      await page.waitForFunction(() => "htmx" in window);
      return { name, page, slider, text, next: 0, samples: [], ttfb: [] };
    };
    const targets = [
      await open("bare", bareServer.port, "#slider", "#out"),
      await open("sluice", sluiceServer.port, "#sl-0-0 input[type=range]", "#sl-0-1 pre"),
    ];
    for (const t of targets) for (let i = 0; i < o.warmup; i++) await change(t);
    const perRound = Math.ceil(o.changes / o.rounds);
    for (let r = 0; r < o.rounds; r++) {
      for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
        for (let i = 0; i < perRound && t.samples.length < o.changes; i++) {
          const { took, ttfb } = await change(t);
          t.samples.push(took);
          t.ttfb.push(ttfb);
        }
      }
    }
    const [bare, sluice] = targets.map((t) => {
      const sorted = [...t.samples].sort((a, b) => a - b);
      return { median: median(t.samples), p90: percentile(sorted, 90), min: sorted[0]!, n: sorted.length, ttfbMedian: median(t.ttfb) };
    }) as [Stats, Stats];
    const ratio = sluice.median / bare.median;
    return {
      name: "browser",
      rows: [
        { measure: `5. browser: bare page median (n=${bare.n})`, value: fmtMs(bare.median), aim: "-", ok: null },
        { measure: `5. browser: sluice median (n=${sluice.n})`, value: fmtMs(sluice.median), aim: "-", ok: null },
        { measure: "5. browser: sluice / bare (median)", value: `${ratio.toFixed(2)}×`, aim: "≤ 1.2×", ok: ratio <= 1.2 },
        { measure: "5. browser: p90 sluice / bare", value: `${fmtMs(sluice.p90)} / ${fmtMs(bare.p90)}`, aim: "-", ok: null },
        { measure: "5. browser: POST time to first byte, sluice / bare", value: `${fmtMs(sluice.ttfbMedian)} / ${fmtMs(bare.ttfbMedian)}`, aim: "-", ok: null },
      ],
      data: { bare, sluice, ratio, errors, samples: Object.fromEntries(targets.map((t) => [t.name, t.samples])) },
    };
  } finally {
    await browser.close();
    await sluiceServer.close();
    bareServer.close();
  }
}

interface Stats {
  median: number;
  p90: number;
  min: number;
  n: number;
  ttfbMedian: number;
}
