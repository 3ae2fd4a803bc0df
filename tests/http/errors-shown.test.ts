// client.showErrorDetails: "full" shows the app's exception (type, message, stack) in place; "none" shows a
// generic message, so a deployed app does not reveal its internals.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { referenceApp } from "../fixtures/apps.ts";
import { httpTest, openPage, parseSse, rerun, swapsOf } from "./harness.ts";

for (const showErrorDetails of ["full", "none"] as const) {
  httpTest(`an app error with showErrorDetails "${showErrorDetails}"`, () => ({ app: referenceApp().app, config: { client: { showErrorDetails } } }), async (c) => {
    const page = await openPage(c);
    const crash = page.nameOf("Crash");
    const origError = console.error;
    console.error = () => {};
    try {
      const res = await rerun(c, page, [[crash, "0"], [crash, "1"]], { last: page.lastEventId });
      const text = parseSse(await res.text()).flatMap((e) => swapsOf(e.data)).map((s) => s.el.textContent).join("|");
      assert.ok(text.includes("The app raised an error"), "the live region says so either way");
      if (showErrorDetails === "full") assert.ok(text.includes("kaboom from the app"));
      else {
        assert.not.ok(text.includes("kaboom"), "the message is not shown");
        assert.not.ok(text.includes("apps.ts"), "nor the stack");
        assert.ok(text.includes("server's log"));
      }
    } finally {
      console.error = origError;
    }
  });
}

test.run();
