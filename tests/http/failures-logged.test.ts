// Failures are never silent: the app's exceptions reach the terminal with their stack whatever the browser is
// shown (client.showErrorDetails), and a page whose rendering fails is a visible error page, not an empty 200.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import { referenceApp } from "../fixtures/apps.ts";
import { elementTemplates } from "../../templates/registry.ts";
import { httpTest, openPage, rerun } from "./harness.ts";

/** Runs fn with console.error captured. */
async function capturingErrors(fn: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const orig = console.error;
  console.error = (...args: unknown[]) => void calls.push(args);
  try {
    await fn();
  } finally {
    console.error = orig;
  }
  return calls;
}

for (const showErrorDetails of ["full", "none"] as const) {
  httpTest(`the app's exception is logged with its stack (showErrorDetails "${showErrorDetails}")`, () => ({ app: referenceApp().app, config: { client: { showErrorDetails } } }), async (c) => {
    const page = await openPage(c);
    const crash = page.nameOf("Crash");
    const logged = await capturingErrors(async () => {
      await (await rerun(c, page, [[crash, "0"], [crash, "1"]], { last: page.lastEventId })).text();
    });
    const error = logged.flat().find((x): x is Error => x instanceof Error);
    assert.ok(error, `an Error was logged: ${JSON.stringify(logged.map((l) => l.map(String)))}`);
    assert.match(error.message, /kaboom from the app/);
    assert.match(error.stack ?? "", /apps\.ts/, "with the stack into the app");
  });
}

httpTest(
  "a page whose rendering fails is a visible error page, and the failure is logged",
  () => ({ app: (st) => void st.text("hello"), config: { client: { showErrorDetails: "full" } } }),
  async (c) => {
    const text = elementTemplates.text!;
    elementTemplates.text = () => {
      throw new Error("template exploded");
    };
    let body = "";
    let status = 0;
    const logged = await capturingErrors(async () => {
      try {
        const res = await c.request("/");
        status = res.status;
        body = await res.text();
      } finally {
        elementTemplates.text = text;
      }
    });
    assert.is(status, 200); // the head had already gone out
    const { document } = parseHTML(body);
    const alert = document.querySelector("main[role=alert]");
    assert.ok(alert, `a visible error, got: ${body.slice(-300)}`);
    assert.match(alert!.querySelector("h1")!.textContent!, /could not be rendered/);
    assert.match(alert!.textContent!, /template exploded/);
    assert.ok(document.querySelector("a[href='/']"), "with a way on");
    assert.ok(logged.flat().some((x) => x instanceof Error && /template exploded/.test(x.message)), "and it is logged");
  },
);

test.run();
