/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.success / info / warning / error → a callout; errors are alerts, warnings and successes statuses.
import type { sluice } from "../../src/gen/proto.js";
import { markdownToHtml } from "../format.ts";

const kinds: Record<number, [string, string, string]> = {
  1: ["error", "alert", "Error"],
  2: ["warning", "status", "Warning"],
  3: ["info", "note", "Info"],
  4: ["success", "status", "Success"],
};

export default function Alert({ el }: { el: sluice.IAlert; id: string }) {
  const [cls, role, name] = kinds[el.format ?? 3] ?? kinds[3]!;
  return (
    <div class={"sl-alert sl-alert-" + cls} role={role}>
      <span class="sl-visually-hidden">{name}: </span>
      {el.icon ? <span class="sl-icon" aria-hidden="true">{el.icon}</span> : null}
      <div class="sl-markdown" dangerouslySetInnerHTML={{ __html: markdownToHtml(el.body ?? "") }} />
    </div>
  );
}
