/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.empty → nothing yet (the wrapper keeps its place).
import type { sluice } from "../../src/gen/proto.js";

export default function Empty(_: { el: sluice.IEmpty; id: string }) {
  return null;
}
