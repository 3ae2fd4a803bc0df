// Status elements: st.spinner, st.status (+ update), st.progress (+ handle), st.toast, st.balloons, st.snow.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("spinner returns the callback's value and leaves an empty slot in its place", async () => {
  let seen: unknown;
  const at = await AppTest.fromFunction(async (st) => {
    st.text("before");
    seen = await st.spinner("Loading…", async () => {
      await new Promise((r) => setTimeout(r, 5));
      return 42;
    });
    st.text("after");
  }).run();
  assert.is(seen, 42);
  assert.equal(at.main.children.map((c) => c.type), ["text", "empty", "text"]);
  assert.is(at.spinner.length, 0);
});

test("spinner is shown (in the tree) while the callback runs, with its text", async () => {
  const at = AppTest.fromFunction(async (st) => {
    await st.spinner("Crunching", () => {
      const during = at.tree.get("0.0");
      st.text(`during=${during?.type}`);
    });
  });
  await at.run();
  assert.is(at.text[0]!.value, "during=spinner");
  const msg = at.messages.find((m) => m.delta?.newElement?.spinner);
  assert.is(msg?.delta?.newElement?.spinner?.text, "Crunching");
});

test("spinner: a throwing callback empties the slot and the error shows", async () => {
  const at = await AppTest.fromFunction(async (st) => {
    await st.spinner("Loading", () => {
      throw new Error("boom");
    });
  }).run();
  assert.is(at.spinner.length, 0);
  assert.match(at.exception[0]!.value, "boom");
});

test("spinner without text uses Streamlit's default", async () => {
  const at = AppTest.fromFunction(async (st) => void (await st.spinner(() => 1)));
  await at.run();
  assert.is(at.messages.find((m) => m.delta?.newElement?.spinner)?.delta?.newElement?.spinner?.text, "In progress...");
});

test("status: label, state, expanded; update() changes them in place and keeps what was written", async () => {
  const at = await AppTest.fromFunction((st) => {
    const s = st.status("Crunching");
    s.text("step 1");
    s.update({ label: "Halfway", expanded: true });
    s.text("step 2");
    s.update({ label: "Done", state: "complete" });
    st.text("after");
  }).run();
  const s = at.status[0]!;
  assert.equal([s.label, s.state, s.expanded], ["Done", "complete", true]);
  assert.equal(s.text.map((t) => t.value), ["step 1", "step 2"]);
  assert.equal(at.main.children.map((c) => c.type), ["status", "text"]);
  assert.is(at.expander.length, 0, "a status is not an expander");
});

test("status: widgets and nested containers written before update() are still there and still work", async () => {
  const at = AppTest.fromFunction((st) => {
    const s = st.status("Working");
    const [left] = s.columns(2);
    const on = left!.checkbox("Verbose");
    const slot = s.empty();
    slot.text("first");
    slot.text("second");
    s.update({ state: on ? "error" : "complete" });
  });
  await at.run();
  const s = () => at.status[0]!;
  assert.is(s().state, "complete");
  assert.equal(s().text.map((t) => t.value), ["second"]);
  assert.is(s().columns.length, 2);
  await s().checkbox[0]!.check().run();
  assert.is(s().state, "error");
  assert.is(s().checkbox[0]!.value, true);
});

test("status: update() from an earlier run's handle is an API error", async () => {
  let kept: { update(o: object): void } | undefined;
  const at = AppTest.fromFunction((st) => {
    if (!kept) kept = st.status("Once");
    else kept.update({ label: "Again" });
  });
  await at.run();
  await at.run();
  assert.match(at.exception[0]!.value, "earlier run");
});

test("status: a bad state is an API error", async () => {
  const at = await AppTest.fromFunction((st) => void st.status("x", { state: "done" as never })).run();
  assert.match(at.exception[0]!.value, 'state must be "running", "complete" or "error"');
});

test("progress: integers are percentages, fractions shares; the handle updates in place", async () => {
  const at = await AppTest.fromFunction((st) => {
    const bar = st.progress(0, { text: "Working" });
    st.text("after");
    bar.progress(0.5, { text: "Half" });
    st.progress(100);
  }).run();
  assert.equal(at.progress.map((p) => [p.value, p.text]), [[50, "Half"], [100, ""]]);
  assert.equal(at.main.children.map((c) => c.type), ["progress", "text", "progress"]);
});

test("progress: Streamlit's errors for out-of-range values and other types", async () => {
  const at = await AppTest.fromFunction((st) => {
    for (const v of [101, -1, 1.5, -0.2, "50", NaN]) {
      try {
        st.progress(v as number);
        st.text("ok");
      } catch (e) {
        st.text((e as Error).message);
      }
    }
  }).run();
  const m = at.text.map((t) => t.value);
  assert.match(m[0]!, "from 0 to 100");
  assert.match(m[1]!, "from 0 to 100");
  assert.match(m[2]!, "from 0.0 to 1.0");
  assert.match(m[3]!, "from 0.0 to 1.0");
  assert.match(m[4]!, 'the string "50"');
  assert.match(m[5]!, "NaN");
});

test("toast: written into the event root wherever it is called; durations", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.sidebar.toast("Saved", { icon: "✅" });
    st.toast("Long", { duration: "long" });
    st.toast("Sticky", { duration: "infinite" });
    st.toast("Two seconds", { duration: 2 });
    st.text("main");
  }).run();
  assert.equal(at.toast.map((t) => [t.value, t.durationMs]), [["Saved", 4000], ["Long", 10000], ["Sticky", 0], ["Two seconds", 2000]]);
  assert.is(at.toast[0]!.icon, "✅");
  assert.ok(at.toast.every((t) => t.path[0] === 2), "in root 2");
  assert.equal(at.main.children.map((c) => c.type), ["text"]);
});

test("toast: a bad duration or an empty body is an API error", async () => {
  const at = await AppTest.fromFunction((st) => {
    for (const f of [() => st.toast("x", { duration: "soon" as never }), () => st.toast("")]) {
      try {
        f();
      } catch (e) {
        st.text((e as Error).message);
      }
    }
  }).run();
  assert.match(at.text[0]!.value, 'duration must be "short", "long", "infinite"');
  assert.match(at.text[1]!.value, "needs a body");
});

test("toast, balloons and snow are new on every call: the same call in the next run is sent again", async () => {
  const at = AppTest.fromFunction((st) => {
    st.text("same");
    st.toast("Saved");
    st.balloons();
    st.snow();
  });
  await at.run();
  const fps = () => ["0.0", "2.0", "0.1", "0.2"].map((k) => at.tree.get(k)!.fp);
  const before = fps();
  await at.run();
  const after = fps();
  assert.is(after[0], before[0], "an unchanged element keeps its fingerprint");
  for (const i of [1, 2, 3]) assert.is.not(after[i], before[i], "a new show each run");
  const shows = at.messages.flatMap((m) => {
    const e = m.delta?.newElement as any;
    return e?.toast ?? e?.balloons ?? e?.snow ? [(e.toast ?? e.balloons ?? e.snow).show] : [];
  });
  assert.equal(shows.length, 3);
  assert.ok(shows.every((s) => s === shows[0] && s > 1), "numbered by the run");
});

test.run();
