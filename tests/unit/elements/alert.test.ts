// st.success, st.info, st.warning, st.error: one Alert message with a format.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("each alert lands in its own list with its body and icon", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.success("ok", { icon: "✅" });
    st.info("fyi");
    st.warning("careful");
    st.error("bad");
    st.error(new Error("as text"));
  }).run();
  assert.equal(at.success.map((a) => a.value), ["ok"]);
  assert.is(at.success[0]!.icon, "✅");
  assert.equal(at.info.map((a) => a.value), ["fyi"]);
  assert.equal(at.warning.map((a) => a.value), ["careful"]);
  assert.equal(at.error.map((a) => a.value), ["bad", "Error: as text"]);
  assert.equal(at.get("alert").map((a) => a.proto.format), [4, 3, 2, 1, 1]);
  assert.is(at.exception.length, 0);
});

test.run();
