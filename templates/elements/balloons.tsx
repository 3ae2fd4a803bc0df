/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.balloons → a decorative CSS animation over the page (aria-hidden; none under prefers-reduced-motion). The
// id carries the call's number, so a new call is a new element and plays again.
import type { sluice } from "../../src/gen/proto.js";
import { Celebration } from "./snow.tsx";

export default function Balloons({ el, id }: { el: sluice.IBalloons; id: string }) {
  return <Celebration kind="balloons" id={`${id}-s${el.show ?? 0}`} count={24} />;
}
