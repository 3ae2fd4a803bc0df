/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.snow → a decorative CSS animation over the page (aria-hidden; none under prefers-reduced-motion). The id
// carries the call's number, so a new call is a new element and plays again.
import type { sluice } from "../../src/gen/proto.js";

/** Pieces spread over the width with staggered starts (a fixed pattern: equal messages render equal HTML). */
export function Celebration({ kind, id, count }: { kind: "balloons" | "snow"; id: string; count: number }) {
  const pieces = Array.from({ length: count }, (_, i) => {
    const left = Math.round(((i * 61.8) % 100) * 10) / 10; // golden-ratio steps: spread evenly, no clusters
    const delay = ((i * 53) % 17) * 90;
    const hue = (i * 47) % 360;
    return <span class="sl-piece" style={`left:${left}%;animation-delay:${delay}ms;--sl-hue:${hue}`}></span>;
  });
  return (
    <div class={"sl-celebration sl-" + kind} id={id} aria-hidden="true">
      {pieces}
    </div>
  );
}

export default function Snow({ el, id }: { el: sluice.ISnow; id: string }) {
  return <Celebration kind="snow" id={`${id}-s${el.show ?? 0}`} count={40} />;
}
