// AppTest itself: loading apps, running them through the real runner, the element tree (stale elements go away
// like in the browser), lookups, and the errors a misused test gets.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { AppTest, AppTestError, ElementList } from "../../../src/testing/index.ts";
import { resolveScript } from "../../../src/testing/source.ts";

test("API.md's example: fromFile, setValue, run", async () => {
  const at = await AppTest.fromFile("examples/hello.ts").run();
  at.slider[0]!.setValue(7);
  await at.run();
  assert.is(at.markdown.at(-1)?.value, "7 squared is 49");
  assert.is(at.sessionState.n, 7);
});

test("fromFile takes an absolute path, a file URL, or a path relative to a base URL", async () => {
  const abs = resolve("examples/crash.ts");
  for (const at of [
    AppTest.fromFile(abs),
    AppTest.fromFile(pathToFileURL(abs)),
    AppTest.fromFile("../../../examples/crash.ts", { base: import.meta.url }),
  ]) {
    await at.run();
    assert.equal(at.title.map((t) => t.value), ["Crash and recover"]);
  }
});

test("resolveScript: relative, absolute, URL and Windows forms", () => {
  assert.is(resolveScript("a/b.ts", "file:///srv/app/"), "file:///srv/app/a/b.ts");
  assert.is(resolveScript("/x/y z.ts"), "file:///x/y%20z.ts");
  assert.is(resolveScript("file:///x/y.ts"), "file:///x/y.ts");
  assert.is(resolveScript("C:\\apps\\a.ts"), "file:///C:/apps/a.ts");
  assert.ok(resolveScript("examples/hello.ts").endsWith("/examples/hello.ts"));
});

test("fromFile: a module without a default export function is an AppTestError", async () => {
  await AppTest.fromFile("src/testing/errors.ts")
    .run()
    .then(() => assert.unreachable("should throw"))
    .catch((e) => {
      assert.instance(e, AppTestError);
      assert.match(e.message, "no default export function");
    });
});

test("every example runs; crash.ts crashes and recovers", async () => {
  for (const name of ["hello", "widgets", "layout", "text"]) {
    const at = await AppTest.fromFile(`examples/${name}.ts`).run();
    const unexpected = at.exception.filter((e) => !e.value.includes("on purpose"));
    assert.equal(unexpected.map((e) => e.value), [], name);
  }
  const at = await AppTest.fromFile("examples/crash.ts").run();
  await at.checkbox[0]!.check().run();
  assert.match(at.exception[0]!.value, "Boom");
  assert.is(at.success.length, 0);
  await at.checkbox[0]!.uncheck().run();
  assert.is(at.exception.length, 0);
  assert.is(at.success.length, 1);
});

test("stale elements are cleared after each run, as in the browser", async () => {
  const at = AppTest.fromFunction((st) => {
    const n = st.slider("n", { maxValue: 5, value: 3 });
    for (let i = 0; i < n; i++) st.text(`line ${i}`);
  });
  await at.run();
  assert.is(at.text.length, 3);
  await at.slider[0]!.setValue(1).run();
  assert.equal(at.text.map((t) => t.value), ["line 0"]);
  assert.is(at.tree.size, 2);
});

test("lists are arrays: map/filter give plain arrays; values read from state", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.text("a");
    st.text("b");
  }).run();
  assert.instance(at.text, ElementList);
  assert.instance(at.text, Array);
  assert.equal(at.text.map((t) => t.value), ["a", "b"]);
  assert.is(at.text.filter(() => true).constructor, Array);
});

test("get(type) by command or proto member; getByKey and byKey", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.title("T");
    st.header("H");
    st.markdown("m");
    st.caption("c");
    st.textInput("Name", { key: "name" });
    st.container({ key: "box" }).text("in box");
  }).run();
  assert.is(at.get("heading").length, 2);
  assert.is(at.get("title").length, 1);
  assert.is(at.get("markdown").length, 1);
  assert.is(at.get("container").length, 1);
  assert.is(at.getByKey<any>("name").label, "Name");
  assert.is(at.getByKey<any>("box").text[0].value, "in box");
  assert.is(at.textInput.byKey("name").type, "textInput");
  assert.throws(() => at.textInput.byKey("nope"), (e: unknown) => e instanceof AppTestError && /keys: name/.test(e.message));
  assert.throws(() => at.getByKey("nope"), /No element has key "nope"/);
});

test("main and sidebar exist before the first run, empty", () => {
  const at = AppTest.fromFunction((st) => st.text("x"));
  assert.is(at.main.children.length, 0);
  assert.is(at.sidebar.text.length, 0);
  assert.is(at.text.length, 0);
});

test("a set value shows in .value at once and is sent only once", async () => {
  const seen: number[] = [];
  const at = AppTest.fromFunction((st) => void seen.push(st.slider("n", { maxValue: 9 })));
  await at.run();
  at.slider[0]!.setValue(4);
  assert.is(at.slider[0]!.value, 4);
  assert.equal(seen, [0]);
  await at.slider[0]!.run();
  await at.run();
  assert.equal(seen, [0, 4, 4]);
  assert.is(at.pending.size, 0);
});

test("run() fails with AppTestError when the app takes longer than the timeout", async () => {
  const at = AppTest.fromFunction(async (st) => {
    st.text("start");
    await new Promise((r) => setTimeout(r, 200));
    st.text("late");
  }, { timeout: 0.02 });
  await at.run().then(
    () => assert.unreachable("should time out"),
    (e) => {
      assert.instance(e, AppTestError);
      assert.match(e.message, "did not finish within 0.02 s");
    },
  );
  await new Promise((r) => setTimeout(r, 250)); // the stopped run ends at its next st.* call
  assert.not.ok(at.runner.running);
});

test("messages: the last run's ForwardMsgs", async () => {
  const at = await AppTest.fromFunction((st) => st.text("x")).run();
  const kinds = at.messages.map((m) => Object.keys(m).find((k) => k !== "metadata"));
  assert.equal(kinds, ["newSession", "sessionStatusChanged", "delta", "scriptFinished", "sessionStatusChanged"]);
  assert.equal(at.messages[2]!.metadata?.deltaPath, [0, 0]);
  assert.is(at.messages[3]!.scriptFinished, 0);
  assert.is(at.messages[4]!.sessionStatusChanged?.scriptIsRunning, false);
});

test.run();
