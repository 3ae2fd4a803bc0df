// st.metric: label, value and delta as shown, with the delta's direction and colour.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("value, delta and label", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.metric("Users", 1200, { delta: 40 });
    st.metric("Temp", "21 °C", { delta: "-1.5 °C" });
    st.metric("Empty", null);
  }).run();
  assert.equal(at.metric.map((m) => [m.label, m.value, m.delta]), [
    ["Users", "1200", "40"],
    ["Temp", "21 °C", "-1.5 °C"],
    ["Empty", "—", ""],
  ]);
});

test("direction and colour follow the sign and deltaColor", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.metric("up", 1, { delta: 2 });
    st.metric("down", 1, { delta: -2 });
    st.metric("down inverse", 1, { delta: -2, deltaColor: "inverse" });
    st.metric("off", 1, { delta: "+3", deltaColor: "off" });
    st.metric("none", 1);
  }).run();
  // direction: 0 none, 1 up, 2 down; color: 0 none, 1 green, 2 red, 3 gray
  assert.equal(at.metric.map((m) => [m.proto.direction, m.proto.color]), [[1, 1], [2, 2], [2, 1], [1, 3], [0, 0]]);
});

test.run();
