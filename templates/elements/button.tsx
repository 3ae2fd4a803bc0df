/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.button → a submit button carrying the widget id: with scripts htmx posts it, without them the form does.
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, Help } from "../parts.tsx";

export default function Button({ el, id }: { el: sluice.IButton; id: string }) {
  return (
    <div class="sl-widget sl-button-wrap">
      <button
        type="submit"
        class={"sl-button sl-" + (el.type || "secondary") + (el.useContainerWidth ? " sl-full" : "")}
        name={el.id ?? ""}
        value="1"
        disabled={el.disabled || undefined}
        aria-describedby={describedBy(id, el.help)}
      >
        {el.icon ? <span aria-hidden="true">{el.icon} </span> : null}
        {el.label}
      </button>
      <Help id={id} help={el.help} />
    </div>
  );
}
