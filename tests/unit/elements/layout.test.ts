// Containers: st.columns, st.container, st.expander and st.sidebar hold what is written into them, in order.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("columns: a row of column blocks with weights; each holds its own elements", async () => {
  const at = await AppTest.fromFunction((st) => {
    const [a, b] = st.columns([2, 1], { gap: "large" });
    b!.text("right");
    a!.text("left");
    st.text("below");
  }).run();
  assert.is(at.columns.length, 2);
  assert.equal(at.columns.map((c) => [c.weight, c.gap]), [[2, "large"], [1, "large"]]);
  assert.equal(at.columns[0]!.text.map((t) => t.value), ["left"]);
  assert.equal(at.columns[1]!.text.map((t) => t.value), ["right"]);
  assert.equal(at.text.map((t) => t.value), ["left", "right", "below"]); // page order, not call order
  assert.equal(at.main.children.map((c) => c.type), ["horizontal", "text"]);
  assert.equal(at.columns[1]!.path, [0, 0, 1]);
});

test("columns(n) makes n equal columns; a bad spec is an API error", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.columns(3);
    st.columns([1, 0]);
  }).run();
  assert.equal(at.columns.map((c) => c.weight), [1, 1, 1]);
  assert.match(at.exception[0]!.value, "`st.columns` needs a positive number of columns");
});

test("expander: label and expanded; widgets inside work", async () => {
  const at = AppTest.fromFunction((st) => {
    const more = st.expander("Details", { expanded: true });
    const on = more.checkbox("Inside");
    more.text(`on=${on}`);
  });
  await at.run();
  const ex = at.expander[0]!;
  assert.equal([ex.label, ex.expanded], ["Details", true]);
  await ex.checkbox[0]!.check().run();
  assert.is(at.expander[0]!.text[0]!.value, "on=true");
});

test("container: keyed lookup, border, nesting", async () => {
  const at = await AppTest.fromFunction((st) => {
    const outer = st.container({ key: "outer", border: true });
    const inner = outer.container();
    inner.text("deep");
    outer.text("shallow");
  }).run();
  const outer = at.container.byKey("outer");
  assert.is(outer.border, true);
  assert.equal(outer.text.map((t) => t.value), ["deep", "shallow"]);
  assert.equal(outer.container[0]!.text.map((t) => t.value), ["deep"]);
  assert.is(at.container.length, 2);
});

test("the sidebar is its own root", async () => {
  const at = AppTest.fromFunction((st) => {
    st.sidebar.header("Settings");
    const region = st.sidebar.selectbox("Region", ["EU", "US"]);
    st.text(`region ${region}`);
  });
  await at.run();
  assert.equal(at.sidebar.header.map((h) => h.value), ["Settings"]);
  assert.is(at.main.header.length, 0);
  assert.is(at.main.selectbox.length, 0);
  assert.equal(at.sidebar.selectbox[0]!.path, [1, 1]);
  await at.sidebar.selectbox[0]!.select("US").run();
  assert.is(at.main.text[0]!.value, "region US");
});

test("a container emptied by a later run loses its children", async () => {
  const at = AppTest.fromFunction((st) => {
    const box = st.container();
    if (st.sessionState.fill ?? true) box.text("content");
    st.sessionState.fill = false;
  });
  await at.run();
  assert.is(at.container[0]!.text.length, 1);
  await at.run();
  assert.is(at.container[0]!.text.length, 0);
});

test("a handle kept from an earlier run writes into the current run", async () => {
  let kept: any;
  const at = AppTest.fromFunction((st) => {
    kept ??= st.sidebar;
    kept.text("via old handle");
  });
  await at.run();
  await at.run();
  assert.equal(at.sidebar.text.map((t) => t.value), ["via old handle"]);
});

test.run();
