// `sluice run` end to end: the CLI serves a file; saving it (or a module it imports) reruns the app and the open
// tab updates in place, without a reload and without losing widget values.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launch, waitForText } from "./harness.ts";

let browser: Browser;
let child: ChildProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), "sluice-cli-"));

const app = (greeting: string) => `
import type { St } from "sluice";
import { greeting } from "./helper.ts";
export default (st: St) => {
  st.title(greeting());
  const n = st.slider("n", { minValue: 0, maxValue: 9, value: 3 });
  st.write(\`${greeting === "v1" ? "n is" : "n now is"} \${n}\`);
};`;

test.before(async () => {
  browser = await launch();
});
test.after(async () => {
  child?.kill("SIGTERM");
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("saving the app or a module it imports reruns the open tab in place, keeping widget values", async () => {
  writeFileSync(join(dir, "helper.ts"), `export const greeting = () => "Hello v1";\n`);
  writeFileSync(join(dir, "app.ts"), app("v1"));
  child = spawn(process.execPath, ["bin/sluice.mjs", "run", join(dir, "app.ts"), "--server.port", "0", "--server.address", "127.0.0.1", "--server.headless", "true"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20000);
    child!.stdout!.on("data", (d) => {
      out += d;
      const m = /Local URL: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child!.stderr!.on("data", (d) => (out += d));
  });
  const page = await browser.newPage();
  await page.goto(url);
  await waitForText(page, "Hello v1");
  await page.getByLabel("n").focus();
  await page.keyboard.press("ArrowRight");
  await waitForText(page, "n is 4");
  await page.evaluate(() => ((window as any).__notReloaded = true));

  writeFileSync(join(dir, "helper.ts"), `export const greeting = () => "Hello v2";\n`);
  await waitForText(page, "Hello v2", 10000);
  writeFileSync(join(dir, "app.ts"), app("v2"));
  await waitForText(page, "n now is 4", 10000);
  assert.is(await page.getByLabel("n").inputValue(), "4");
  assert.ok(await page.evaluate(() => (window as any).__notReloaded === true), "the page was updated in place, not reloaded");
  await page.close();
});

test.run();
