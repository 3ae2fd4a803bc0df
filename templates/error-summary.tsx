/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The GOV.UK error summary at the top of a page rendered after a no-JavaScript post: "There is a problem" and a
// link to each widget that refused its value. Focused on arrival by the redirect to #sl-error-summary.
import type { UpsertPatch } from "../src/diff/diff.ts";
import { controlId } from "./node.tsx";

export interface ErrorItem {
  /** The control's DOM id. */
  target: string;
  message: string;
}

export const ERROR_SUMMARY_ID = "sl-error-summary";

/** The widgets showing an error in a snapshot, in page order (their DOM ids as Node gives them). */
export function errorItems(snapshot: readonly UpsertPatch[]): ErrorItem[] {
  const out: ErrorItem[] = [];
  for (const p of snapshot) {
    if (p.delta !== "element") continue;
    const el = (p.message as any)[p.type];
    if (el?.error) out.push({ target: controlId(p), message: el.error.message ?? "" });
  }
  return out;
}

export function ErrorSummary({ items }: { items: readonly ErrorItem[] }) {
  if (!items.length) return null;
  return (
    <div id={ERROR_SUMMARY_ID} class="sl-error-summary" tabindex={-1} aria-labelledby="sl-error-summary-title">
      <div role="alert">
        <h2 id="sl-error-summary-title" class="sl-error-summary-title">
          There is a problem
        </h2>
        <ul class="sl-error-summary-list">
          {items.map((i) => (
            <li>
              <a href={"#" + i.target}>{i.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
