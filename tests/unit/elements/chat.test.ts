// st.chatInput, st.chatMessage and st.writeStream through AppTest (and the form decoding of a chat input's post).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/elements/index.ts";
import { CHAT_SEND } from "../../../src/elements/chat_input.ts";
import { KEEP } from "../../../src/script/widget.ts";

async function* chunks(...xs: unknown[]) {
  for (const x of xs) {
    await new Promise((r) => setTimeout(r, 1));
    yield x;
  }
}

test("the chat input returns the message once, on the run it was sent, then null", async () => {
  const seen: (string | null)[] = [];
  const at = AppTest.fromFunction((st: St) => void seen.push(st.chatInput("Ask")));
  await at.run();
  at.chatInput[0]!.setValue("hi");
  await at.run();
  await at.run();
  at.chatInput[0]!.setValue("hi");
  await at.run();
  assert.equal(seen, [null, "hi", null, "hi"], "the same text twice is two messages");
  assert.is(at.chatInput[0]!.value, null);
  assert.is(at.chatInput[0]!.label, "Ask");
});

test("at the top level it is pinned to the bottom root; in a container it is inline", async () => {
  const at = await AppTest.fromFunction((st: St) => {
    st.chatInput("Top");
    st.container().chatInput("Inside");
  }).run();
  assert.equal(at.chatInput.map((c) => [c.label, c.path[0], c.proto.position]), [["Inside", 0, 1], ["Top", 3, 0]]);
  assert.is(at.main.chatInput.length, 1);
});

test("onSubmit runs before the run that returns the message, with its args", async () => {
  const calls: unknown[] = [];
  const at = AppTest.fromFunction((st: St) => {
    st.chatInput("Ask", { key: "q", onSubmit: (a: string) => calls.push([a, st.sessionState.q]), args: ["x"] });
  });
  await at.run();
  at.chatInput[0]!.setValue("yo");
  await at.run();
  assert.equal(calls, [["x", "yo"]]);
});

test("its form fields: text then the Send marker is a message; a draft or blank leaves it; too long is refused", async () => {
  const at = await AppTest.fromFunction((st: St) => void st.chatInput("Ask", { maxChars: 3 })).run();
  const def = at.chatInput[0]!.def!;
  assert.is(def.fromForm(["hey", CHAT_SEND]), "hey");
  assert.is(def.fromForm(["draft"]), KEEP, "typed, not sent (another widget's post carries it)");
  assert.is(def.fromForm(["", "ln"]), "ln", "without JavaScript: the one-line field, sent by Enter (Apply)");
  assert.is(def.fromForm(["", "ln", CHAT_SEND]), "ln", "without JavaScript: … or by Send");
  assert.is(def.fromForm(["", ""]), KEEP, "without JavaScript, nothing typed: no message");
  assert.is(def.fromForm(["  ", CHAT_SEND]), KEEP);
  assert.throws(() => def.fromForm(["toolong", CHAT_SEND]), /3 characters or fewer/);
  await at.chatInput[0]!.post("toolong", CHAT_SEND).run();
  assert.match(at.chatInput[0]!.error ?? "", /3 characters or fewer/);
  assert.throws(() => at.chatInput[0]!.setValue("toolong"), /3 characters/);
});

test("acceptFile is refused with a clear message (uploads come later)", async () => {
  const at = await AppTest.fromFunction((st: St) => void st.chatInput("Ask", { acceptFile: true as false })).run();
  assert.match(at.exception[0]!.message, /acceptFile is not supported yet/);
});

test("chat messages are containers with a name and avatar", async () => {
  const at = await AppTest.fromFunction((st: St) => {
    st.chatMessage("user").markdown("hello");
    const m = st.chatMessage("Ann", { avatar: "🦊" });
    m.write("hi", "there");
  }).run();
  assert.equal(at.chatMessage.map((m) => [m.name, m.avatar, m.markdown[0]!.value]), [["user", "", "hello"], ["Ann", "🦊", "hi there"]]);
  const nameless = await AppTest.fromFunction((st: St) => void st.chatMessage("")).run();
  assert.match(nameless.exception[0]!.message, /needs the author's name/);
});

test("writeStream shows the text and returns it; the element ends as plain st.markdown", async () => {
  let reply = "";
  const at = await AppTest.fromFunction(async (st: St) => {
    reply = await st.chatMessage("assistant").writeStream(chunks("Hel", "lo ", "**you**"));
  }).run();
  assert.is(reply, "Hello **you**");
  const md = at.chatMessage[0]!.markdown[0]!;
  assert.is(md.value, "Hello **you**");
  assert.not.ok(md.proto.streaming);
});

test("writeStream takes a ReadableStream (of text or bytes), a function, and writes other values with st.write", async () => {
  const bytes = new TextEncoder().encode("héllo");
  const results: string[] = [];
  const at = await AppTest.fromFunction(async (st: St) => {
    results.push(await st.writeStream(new ReadableStream({ start: (c) => (c.enqueue(bytes.slice(0, 2)), c.enqueue(bytes.slice(2)), c.close()) })));
    results.push(await st.writeStream(() => chunks("a", { n: 1 }, "b")));
    results.push(await st.writeStream(["x", "y"]));
  }).run();
  assert.equal(results, ["héllo", "ab", "xy"]);
  assert.equal(at.markdown.map((m) => m.value), ["héllo", "a", "b", "xy"]);
  assert.is(at.json.length, 1);
});

test("a run stopped in the middle of a ReadableStream cancels it (the model stops producing for nobody)", async () => {
  let cancelled = false;
  let pulls = 0;
  const source = new ReadableStream<string>({
    pull: async (c) => {
      await new Promise((r) => setTimeout(r, 2));
      c.enqueue(`t${pulls++} `);
    },
    cancel: () => void (cancelled = true),
  });
  const at = AppTest.fromFunction(async (st: St) => {
    await st.writeStream(source);
  });
  const done = at.run({ timeout: 5 });
  await new Promise((r) => setTimeout(r, 30));
  (at as unknown as { runner: { stop(): Promise<void> } }).runner.stop();
  await done.catch(() => {});
  await new Promise((r) => setTimeout(r, 20));
  assert.ok(cancelled, "the stream was cancelled");
  const at2 = pulls;
  await new Promise((r) => setTimeout(r, 20));
  assert.is(pulls, at2, "and is read no more");
});

test("writeStream of something that is not a stream says what it takes", async () => {
  const at = await AppTest.fromFunction(async (st: St) => void (await st.writeStream(42 as never))).run();
  assert.match(at.exception[0]!.message, /async iterable, a ReadableStream/);
});

test.run();
