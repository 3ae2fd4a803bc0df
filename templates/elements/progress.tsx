/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.progress → role="progressbar" with its value, named by its text (or "Progress").
import type { sluice } from "../../src/gen/proto.js";

export default function Progress({ el, id }: { el: sluice.IProgress; id: string }) {
  const v = Math.max(0, Math.min(100, el.value ?? 0));
  return (
    <div class="sl-progress">
      {el.text ? (
        <div class="sl-progress-text" id={id + "-label"}>
          {el.text}
        </div>
      ) : null}
      <div
        class="sl-progress-track"
        role="progressbar"
        aria-valuenow={String(v)}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuetext={`${v}%`}
        aria-labelledby={el.text ? id + "-label" : undefined}
        aria-label={el.text ? undefined : "Progress"}
      >
        <div class="sl-progress-bar" style={`width:${v}%`}></div>
      </div>
    </div>
  );
}
