// st.dialog: opened by calling the function it returns; its body is a fragment; st.rerun() inside closes it;
// closing it (Escape/Close) reruns the app without it; one dialog at a time.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/elements/index.ts";

function deleteApp() {
  const runs = { app: 0, body: 0, removed: 0, dismissed: 0 };
  const app = (st: St) => {
    runs.app++;
    const confirm = st.dialog("Delete item?", (d) => {
      runs.body++;
      const why = d.textInput("Reason");
      st.write(`reason: ${why}`); // st inside the body writes into the dialog
      if (d.button("Yes")) {
        runs.removed++;
        st.rerun();
      }
    }, { width: "medium", onDismiss: () => void runs.dismissed++ });
    if (st.button("Delete")) confirm();
    st.text("page");
  };
  return { runs, app };
}

test("the dialog opens when its function is called, with its widgets inside; listed as at.dialog", async () => {
  const { runs, app } = deleteApp();
  const at = await AppTest.fromFunction(app).run();
  assert.is(at.dialog.length, 0);
  await at.button[0]!.click().run();
  assert.is(at.dialog.length, 1);
  const d = at.dialog[0]!;
  assert.equal([d.heading, d.width, d.dismissible], ["Delete item?", "medium", true]);
  assert.is(d.textInput.length, 1);
  assert.is(d.markdown.length, 1, "st.write in the body lands inside the dialog");
  assert.is(runs.body, 1);
});

test("the dialog's widgets rerun only its body, and it stays open", async () => {
  const { runs, app } = deleteApp();
  const at = await AppTest.fromFunction(app).run();
  await at.button[0]!.click().run();
  await at.dialog[0]!.textInput[0]!.input("spam").run();
  assert.equal([runs.app, runs.body], [2, 2], "only the body ran");
  assert.is(at.dialog.length, 1);
  assert.ok(at.dialog[0]!.markdown[0]!.value.includes("reason: spam"));
});

test("st.rerun() inside the dialog closes it", async () => {
  const { runs, app } = deleteApp();
  const at = await AppTest.fromFunction(app).run();
  await at.button[0]!.click().run();
  await at.dialog[0]!.button[0]!.click().run();
  assert.is(runs.removed, 1);
  assert.is(at.dialog.length, 0);
});

test("closing it reruns the app without it and calls onDismiss; even an app that opens it on every run", async () => {
  const { runs, app } = deleteApp();
  const at = await AppTest.fromFunction(app).run();
  await at.button[0]!.click().run();
  await at.dialog[0]!.close().run();
  assert.is(at.dialog.length, 0);
  assert.is(runs.dismissed, 1);
  const always = AppTest.fromFunction((st) => st.dialog("Hi", (d) => d.text("x"))());
  await always.run();
  assert.is(always.dialog.length, 1);
  await always.dialog[0]!.close().run();
  assert.is(always.dialog.length, 0, "the run the close caused does not reopen it");
});

test("two dialogs in one run: an error (Streamlit's rule); bad width: an error", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.dialog("A", (d) => d.text("a"))();
    st.dialog("B", (d) => d.text("b"))();
  }).run();
  assert.match(at.exception[0]!.message, /Only one dialog/);
  const bad = await AppTest.fromFunction((st) => st.dialog("A", () => {}, { width: "huge" as "small" })).run();
  assert.match(bad.exception[0]!.message, /width "huge"/);
});

test("not dismissible: no close control", async () => {
  const at = await AppTest.fromFunction((st) => st.dialog("Wait", (d) => d.text("x"), { dismissible: false })()).run();
  assert.is(at.dialog[0]!.dismissible, false);
  assert.is(at.dialog[0]!.proto.closeId, "");
});

test.run();
