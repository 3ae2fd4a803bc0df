// AppTest and fragments: at.run() after an interaction inside a fragment runs only the fragment (the app body
// does not run), and the fragment's widgets are reachable like any others.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/elements/index.ts";

test("an interaction inside a fragment reruns only the fragment; outside, the app", async () => {
  const runs = { app: 0, fragment: 0 };
  const at = AppTest.fromFunction(async (st: St) => {
    runs.app++;
    const outside = st.checkbox("Outside");
    st.text(`outside ${outside}`);
    await st.fragment((f) => {
      runs.fragment++;
      const n = f.numberInput("Count", { value: 1 });
      f.text(`count ${n}`);
    });
  });
  await at.run();
  assert.equal(runs, { app: 1, fragment: 1 });
  await at.numberInput[0]!.setValue(5).run();
  assert.equal(runs, { app: 1, fragment: 2 }, "only the fragment ran");
  assert.equal(at.text.map((t) => t.value), ["outside false", "count 5"]);
  await at.checkbox[0]!.check().run();
  assert.equal(runs, { app: 2, fragment: 3 });
  assert.equal(at.text.map((t) => t.value), ["outside true", "count 5"]);
  await at.run();
  assert.equal(runs, { app: 3, fragment: 4 }, "a plain run is a full run");
});

test.run();
