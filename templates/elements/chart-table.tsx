/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// A chart's data as a real table inside a "Show data" disclosure: caption, column headers, the first column as row
// headers, cells formatted per locale, in a focusable scroll region (a wide or long table scrolls inside it).
import type { Frame } from "../../src/data/types.ts";
import { formatCell } from "../../src/data/format.ts";

/** Rows shown; a longer dataset says how many more there are. */
export const TABLE_ROWS = 1000;

const numeric = (t: string) => t === "integer" || t === "float";

export function ChartTable({ frame, name, id }: { frame: Frame; name: string; id: string }) {
  const shown = Math.min(frame.rowCount, TABLE_ROWS);
  const caption = `Data of: ${name}`;
  const [first, ...rest] = frame.columns;
  return (
    <details class="sl-chart-data">
      <summary>
        Show data<span class="sl-visually-hidden">: {name}</span>
      </summary>
      <div class="sl-chart-table" tabindex={0} role="region" aria-labelledby={id + "-cap"}>
        <table>
          <caption id={id + "-cap"}>
            {caption}
            {shown < frame.rowCount ? ` (first ${shown} of ${frame.rowCount} rows)` : ""}
          </caption>
          <thead>
            <tr>
              {frame.columns.map((c) => (
                <th scope="col">{c.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shown }, (_, i) => (
              <tr>
                {first ? <th scope="row">{formatCell(first.values[i], first.type)}</th> : null}
                {rest.map((c) => (
                  <td class={numeric(c.type) ? "sl-num" : undefined}>{formatCell(c.values[i], c.type)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
