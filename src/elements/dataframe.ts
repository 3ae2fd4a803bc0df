// st.dataframe: a data table with server-side sorting, paging and (when onSelect is set) row/column selection.
// Its view state — sort, page, selection — is one widget value, posted back like any widget's, so a no-JS form
// post keeps it. Header and pager buttons are submit buttons whose values are actions ("sort=2", "page=3").
import type { DeltaGenerator } from "./dg.ts";
import { registerWidget, widgetId } from "./widget.ts";
import { KEEP } from "../script/widget.ts";
import { resolveColumnConfig, type ColumnConfig, type ColumnConfigMapping } from "./column_config.ts";
import { prepareData, sortOrder, pageRows, pageCount, type Frame } from "../data/index.ts";
import { BadRequestError, SluiceAPIError } from "../util/errors.ts";

export type SelectionMode = "single-row" | "multi-row" | "single-column" | "multi-column";

/** What st.dataframe returns and keeps in session state under its key (Streamlit's DataframeState, camelCase). */
export interface DataframeState {
  selection: { rows: number[]; columns: string[] };
}

export interface DataframeOptions {
  /** The table's name (its caption). Default: "Table, N rows, M columns". */
  label?: string;
  hideIndex?: boolean;
  /** Which columns to show, in this order. */
  columnOrder?: readonly string[];
  columnConfig?: ColumnConfigMapping;
  /** Pixels: sets how many rows a page shows (35 px a row, less one for the header); default 10 rows. */
  height?: number;
  width?: number;
  useContainerWidth?: boolean;
  /** "ignore" (default: no selection), "rerun", or a callback run when the selection changes. */
  onSelect?: "ignore" | "rerun" | ((...args: any[]) => unknown);
  args?: unknown[];
  selectionMode?: SelectionMode | readonly SelectionMode[];
  key?: string | number;
  help?: string;
}

/** The stored view state. */
export interface DataframeValue {
  sort: string;
  desc: boolean;
  page: number;
  rows: number[];
  columns: string[];
}

/** Rows a page shows when no height is given (Streamlit's default height shows about ten). */
export const DEFAULT_PAGE_SIZE = 10;
/** Pixels per row (and for the header) when `height` sets the page size. */
export const ROW_HEIGHT_PX = 35;

export const pageSizeFor = (height: number | undefined) =>
  height && height > 0 ? Math.max(1, Math.floor((height - ROW_HEIGHT_PX) / ROW_HEIGHT_PX)) : DEFAULT_PAGE_SIZE;

const MODES: readonly SelectionMode[] = ["single-row", "multi-row", "single-column", "multi-column"];

function modesOf(o: DataframeOptions): SelectionMode[] {
  if (!o.onSelect || o.onSelect === "ignore") return [];
  const m = o.selectionMode === undefined ? ["multi-row" as const] : typeof o.selectionMode === "string" ? [o.selectionMode] : [...o.selectionMode];
  for (const x of m) if (!MODES.includes(x)) throw new SluiceAPIError(`\`st.dataframe\` selectionMode "${x}" is not one of ${MODES.join(", ")}.`);
  if (m.includes("single-row") && m.includes("multi-row")) throw new SluiceAPIError("`st.dataframe` selectionMode cannot be both single-row and multi-row.");
  if (m.includes("single-column") && m.includes("multi-column")) throw new SluiceAPIError("`st.dataframe` selectionMode cannot be both single-column and multi-column.");
  return m;
}

/** The columns shown, in order: columnOrder (or the frame's), without hidden ones; pinned first. */
export function shownColumns(frame: Frame, order: readonly string[] | undefined, config: Record<string, ColumnConfig>): string[] {
  const names = frame.columns.map((c) => c.name);
  const picked = (order ?? names).filter((n) => names.includes(n) && !config[n]?.hidden);
  return [...picked.filter((n) => config[n]?.pinned), ...picked.filter((n) => !config[n]?.pinned)];
}

const EMPTY: DataframeValue = { sort: "", desc: false, page: 0, rows: [], columns: [] };
const same = (a: DataframeValue, b: DataframeValue) => JSON.stringify(a) === JSON.stringify(b);

/** A value made to fit the frame: a known sort column, a page that exists, selected rows and columns that exist. */
function fit(v: DataframeValue, frame: Frame, shown: string[], size: number, modes: SelectionMode[]): DataframeValue {
  const rowsOk = modes.some((m) => m.endsWith("-row"));
  const colsOk = modes.some((m) => m.endsWith("-column"));
  let rows = rowsOk ? [...new Set(v.rows)].filter((r) => Number.isInteger(r) && r >= 0 && r < frame.rowCount).sort((a, b) => a - b) : [];
  let columns = colsOk ? shown.filter((c) => v.columns.includes(c)) : [];
  if (modes.includes("single-row")) rows = rows.slice(0, 1);
  if (modes.includes("single-column")) columns = columns.slice(0, 1);
  const sort = shown.includes(v.sort) ? v.sort : "";
  const page = Math.min(Math.max(0, Math.trunc(v.page) || 0), pageCount(frame.rowCount, size) - 1);
  return { sort, desc: sort ? !!v.desc : false, page, rows, columns };
}

/**
 * `st.dataframe(rows)`; with `{ onSelect: "rerun" }` it returns the selection:
 * @example const { selection } = st.dataframe(rows, { onSelect: "rerun", selectionMode: "multi-row" });
 */
export function dataframe(dg: DeltaGenerator, data: unknown, o: DataframeOptions = {}): DataframeState {
  const { frame, bytes } = prepareData(data);
  const config = resolveColumnConfig(o.columnConfig, "dataframe");
  const shown = shownColumns(frame, o.columnOrder, config);
  const modes = modesOf(o);
  const size = pageSizeFor(o.height);
  const label = o.label ?? "";
  const base = [shown, modes];
  let n = 0; // keyless frames with the same columns are told apart by occurrence (no duplicate-id error)
  if (o.key === undefined) while (dg.ctx.widgets.has(widgetId("dataframe", undefined, [label, ...base, n, ""]))) n++;
  const holder = { value: EMPTY, id: "" };
  const onSelect = typeof o.onSelect === "function" ? o.onSelect : undefined;
  const fromForm = (values: string[]): DataframeValue | typeof KEEP => {
    const cur = holder.value;
    const next: DataframeValue = { ...cur, rows: [...cur.rows], columns: [...cur.columns] };
    const visible = new Set(pageRows(frame.rowCount, cur.sort ? sortOrder(frame, cur.sort, cur.desc) : null, cur.page, size));
    const postedRows = new Set<number>(), postedCols = new Set<string>();
    for (const v of values) {
      const [what, arg = ""] = v.split("=", 2) as [string, string?];
      if (what === "sort") {
        const name = shown[Number(arg)];
        if (name === undefined || !/^\d+$/.test(arg)) continue; // a forged column: ignored
        next.desc = next.sort === name ? !next.desc : false;
        next.sort = name;
        next.page = 0;
      } else if (what === "page" && /^\d{1,9}$/.test(arg)) next.page = Number(arg);
      else if (what === "row" && /^\d{1,9}$/.test(arg)) postedRows.add(Number(arg));
      else if (what === "col" && /^\d+$/.test(arg) && shown[Number(arg)] !== undefined) postedCols.add(shown[Number(arg)]!);
    }
    if (modes.length) {
      // The page's checkboxes say which of its rows are selected; rows on other pages keep their state.
      let rows = next.rows.filter((r) => !visible.has(r)).concat([...postedRows].filter((r) => visible.has(r)));
      if (modes.includes("single-row") && rows.length > 1) rows = rows.filter((r) => !cur.rows.includes(r)).slice(0, 1);
      let cols = [...postedCols];
      if (modes.includes("single-column") && cols.length > 1) cols = cols.filter((c) => !cur.columns.includes(c)).slice(0, 1);
      next.rows = rows;
      next.columns = cols;
    }
    return fit(next, frame, shown, size, modes);
  };
  const value = registerWidget<DataframeValue, DataframeState>(
    dg,
    {
      kind: "dataframe",
      label,
      defaultValue: EMPTY,
      identity: [...base, n],
      keyedIdentity: [],
      options: { key: o.key, help: o.help, args: o.args, onChange: onSelect && (() => selectionChanged(dg, holder) && onSelect(...(o.args ?? []))) },
      fromForm,
      fromState: (s) => {
        let v: unknown;
        try {
          v = JSON.parse(s.jsonValue ?? "");
        } catch {
          throw new BadRequestError("A dataframe state must be JSON.");
        }
        const x = v as Partial<DataframeValue>;
        if (!x || typeof x !== "object" || !Array.isArray(x.rows ?? []) || !Array.isArray(x.columns ?? [])) throw new BadRequestError("Not a dataframe state.");
        return fit({ ...EMPTY, ...x } as DataframeValue, frame, shown, size, modes);
      },
      toState: (v) => ({ jsonValue: JSON.stringify(v) }),
      equals: same,
      toPublic: (v) => ({ selection: { rows: [...v.rows], columns: [...v.columns] } }),
      fromPublic: () => {
        throw new SluiceAPIError("The selection of `st.dataframe` cannot be set through st.sessionState (as in Streamlit).");
      },
    },
    (common) => {
      const v = fit(common.value, frame, shown, size, modes);
      holder.value = v;
      holder.id = common.id;
      return {
        dataframe: {
          id: common.id,
          data: bytes,
          label,
          hideIndex: !!o.hideIndex,
          columnOrder: shown,
          columnConfig: Object.keys(config).length ? JSON.stringify(config) : "",
          height: o.height ?? 0,
          width: o.width ?? 0,
          useContainerWidth: o.useContainerWidth ?? true,
          pageSize: size,
          sortColumn: v.sort,
          sortDescending: v.desc,
          page: v.page,
          selectionMode: modes,
          selectedRows: v.rows,
          selectedColumns: v.columns,
          setValue: common.setValue,
          help: common.help,
          error: common.error,
        },
      };
    },
  );
  return value;
}

/** Whether the selection (not the sort or page) changed from what the last run showed: onSelect fires only then. */
function selectionChanged(dg: DeltaGenerator, holder: { value: DataframeValue; id: string }): boolean {
  const now = dg.ctx.state.widgetValues.get(holder.id) as DataframeValue | undefined;
  if (!now) return false;
  return JSON.stringify([now.rows, now.columns]) !== JSON.stringify([holder.value.rows, holder.value.columns]);
}
