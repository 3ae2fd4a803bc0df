// st.tabs, st.popover and st.container's options: blocks that hold what is written into them, in order.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("tabs: one tab block per label, each a container; at.tabs in page order with labels", async () => {
  const at = await AppTest.fromFunction((st) => {
    const [a, b] = st.tabs(["Chart", "Data"]);
    b!.text("in data");
    a!.text("in chart");
    st.text("after");
  }).run();
  assert.equal(at.tabs.map((t) => t.label), ["Chart", "Data"]);
  assert.equal(at.tabs[0]!.text.map((t) => t.value), ["in chart"]);
  assert.equal(at.tabs[1]!.text.map((t) => t.value), ["in data"]);
  assert.equal(at.main.children.map((c) => c.type), ["tabContainer", "text"]);
  const box = at.get("tabContainer")[0]!;
  assert.equal(box.proto.labels, ["Chart", "Data"]);
  assert.is(box.proto.defaultIndex, 0);
  assert.equal(at.tabs.map((t) => !!t.proto.selected), [true, false]);
});

test("tabs: default selects a tab by label; key is kept", async () => {
  const at = await AppTest.fromFunction((st) => void st.tabs(["A", "B", "C"], { default: "C", key: "t" })).run();
  const box = at.get("tabContainer")[0]!;
  assert.is(box.proto.defaultIndex, 2);
  assert.is(box.proto.key, "t");
  assert.equal(at.tabs.map((t) => !!t.proto.selected), [false, false, true]);
});

test("tabs: Streamlit's errors (no labels, an empty label, an unknown default)", async () => {
  const at = await AppTest.fromFunction((st) => {
    const cases: (() => unknown)[] = [() => st.tabs([]), () => st.tabs(["a", " "]), () => st.tabs(["a"], { default: "z" })];
    for (const c of cases) {
      try {
        c();
        st.text("no error");
      } catch (e) {
        st.text((e as Error).message);
      }
    }
  }).run();
  const msgs = at.text.map((t) => t.value);
  assert.match(msgs[0]!, "non-empty list of tab labels");
  assert.match(msgs[1]!, "must not be empty");
  assert.match(msgs[2]!, 'default "z" is not one of the labels');
});

test("widgets inside a tab work and rerun", async () => {
  const at = AppTest.fromFunction((st) => {
    const [, two] = st.tabs(["One", "Two"]);
    const on = two!.checkbox("Inside");
    two!.text(`on=${on}`);
  });
  await at.run();
  await at.tabs[1]!.checkbox[0]!.check().run();
  assert.is(at.tabs[1]!.text[0]!.value, "on=true");
});

test("popover: a block with its button's options; children inside", async () => {
  const at = await AppTest.fromFunction((st) => {
    const p = st.popover("Settings", { icon: "⚙", disabled: true, useContainerWidth: true, help: "More" });
    p.text("inside");
  }).run();
  const p = at.popover[0]!;
  assert.is(p.label, "Settings");
  assert.is(p.disabled, true);
  assert.equal([p.proto.icon, p.proto.useContainerWidth, p.proto.help], ["⚙", true, "More"]);
  assert.equal(p.text.map((t) => t.value), ["inside"]);
});

test("container: height scrolls and gets a border by default; horizontal and gap", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.container({ height: 200, key: "scroll" }).text("x");
    st.container({ height: 200, border: false, key: "plain" });
    st.container({ horizontal: true, gap: "large", key: "row" });
    st.container({ key: "default" });
  }).run();
  const c = (k: string) => at.container.byKey(k).proto;
  assert.equal([c("scroll").height, c("scroll").border], [200, true]);
  assert.is(c("plain").border, false);
  assert.equal([c("row").horizontal, c("row").gap, c("row").border], [true, "large", false]);
  assert.equal([c("default").horizontal, c("default").gap, c("default").height], [false, "small", 0]);
});

test("container: a negative height is an API error", async () => {
  const at = await AppTest.fromFunction((st) => void st.container({ height: -5 })).run();
  assert.match(at.exception[0]!.value, "height must be a positive number");
});

test.run();
