/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// Parts st.map and st.graphvizChart share: the "Show data" disclosure (a real table in its own focusable scroll
// region) and the in-place error. Their HTML is cached across sessions and paths, so nothing here carries an id.
import type { Child } from "hono/jsx";

/** A disclosure's summary, naming its chart for screen readers so several on a page are told apart. */
export function Summary({ text, name }: { text: string; name: string }) {
  return (
    <summary>
      {text}
      <span class="sl-visually-hidden">: {name}</span>
    </summary>
  );
}

/** A disclosure holding a table; `label` names its scroll region (the chart's name, so two regions differ). */
export function DataDisclosure(props: { summary: string; name: string; label: string; caption: string; head: string[]; rows: string[][] }) {
  return (
    <details class="sl-chart-data">
      <Summary text={props.summary} name={props.name} />
      <div class="sl-table-scroll" role="region" aria-label={props.label} tabindex={0}>
        <table>
          <caption>{props.caption}</caption>
          <thead>
            <tr>{props.head.map((h) => <th scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>{r.map((c) => <td>{c}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** An element that could not be drawn: what went wrong, in place (the session goes on). */
export function ChartError(props: { what: string; message: string; children?: Child }) {
  return (
    <div class="sl-chart-error">
      <p class="sl-error-message">
        <strong>Error:</strong> {props.what}: {props.message}
      </p>
      {props.children}
    </div>
  );
}
