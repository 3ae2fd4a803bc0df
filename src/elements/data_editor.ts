// st.dataEditor: an editable table. Its widget value is Streamlit's edit state (session state under `key`); it
// returns the data with the edits applied, in the shape it was given. Columns, cells and posts: data_editor_*.ts.
import type { sluice } from "../gen/proto.js";
import { FieldValueError } from "../util/errors.ts";
import { hashString } from "../util/hash.ts";
import { fromFrame, inferType, prepareData } from "../data/index.ts";
import type { DeltaGenerator } from "./dg.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";
import { editorColumns, kindNumber } from "./data_editor_columns.ts";
import { resolveColumnConfig, type ColumnConfigMapping } from "./column_config.ts";
import { cellText, toCell } from "./data_editor_model.ts";
import { applyState, checkState, copyState, decodeParts, emptyState, sameState, stateFromApp, type EditorShape, type EditState } from "./data_editor_codec.ts";

export type { EditState };

export interface DataEditorOptions extends Omit<CommonWidgetOptions, "disabled" | "labelVisibility"> {
  /** "fixed" (the default): edit cells only; "dynamic": add and delete rows too. */
  numRows?: "fixed" | "dynamic";
  /** true: nothing can be edited; a list of column names: those columns are read-only. */
  disabled?: boolean | string[];
  /** Per column: a label, null to hide it, or a column config (`st.columnConfig.*`: type, limits, options…). */
  columnConfig?: ColumnConfigMapping;
  hideIndex?: boolean;
  /** The columns to show, in this order (the others are hidden, and kept in the edited data). */
  columnOrder?: string[];
  /** Column names for an array of arrays. */
  columns?: string[];
  /** The table's name (its caption); "Data editor" by default, then visually hidden. */
  label?: string;
  /** Height in pixels (the table scrolls inside); by default as tall as its rows. */
  height?: number;
  useContainerWidth?: boolean;
}

/**
 * `const edited = st.dataEditor(rows, { numRows: "dynamic", key: "people" })` — `edited` is `rows` with the user's
 * edits; `st.sessionState.people` is `{ editedRows, addedRows, deletedRows }`.
 */
export function dataEditor<T = unknown>(dg: DeltaGenerator, data: T, o: DataEditorOptions = {}): T {
  const { frame, bytes, hash } = prepareData(data, { columns: o.columns });
  const names = frame.columns.map((c) => c.name);
  const config = resolveColumnConfig(o.columnConfig, "dataEditor");
  if (o.columnOrder) {
    for (const n of names) if (!o.columnOrder.includes(n)) config[n] = { ...config[n], hidden: true };
  }
  const columns = editorColumns(frame, config, o.disabled ?? false);
  const cells = columns.map((c) => frame.columns[c.position]!.values.map((v) => toCell(c.kind, v)));
  const label = o.label ?? "Data editor";
  const shape: EditorShape = { label, columns, cells, rowCount: frame.rowCount, dynamic: o.numRows === "dynamic" };
  const order = (o.columnOrder ?? names).map((n) => columns.find((c) => c.name === n)).filter((c) => c && !c.hidden);
  const spec = columns.map((c) => [c.name, c.label, c.kind, c.disabled, c.hidden, c.required, c.min, c.max, c.minText, c.maxText, c.options, c.maxChars]);
  const parse = (s: sluice.IWidgetState): EditState => {
    if (typeof s.stringValue !== "string") throw new FieldValueError(`${label} expected its edit state as JSON text`);
    let raw: unknown;
    try {
      raw = JSON.parse(s.stringValue);
    } catch {
      throw new FieldValueError(`${label} expected its edit state as JSON text`);
    }
    return checkState(shape, raw, (m) => new FieldValueError(m), false);
  };
  const state = registerWidget<EditState>(
    dg,
    {
      kind: "data_editor",
      label,
      defaultValue: emptyState(),
      identity: [hash, hashString(JSON.stringify(spec)), shape.dynamic, o.help ?? ""],
      keyedIdentity: [hash, hashString(JSON.stringify(spec)), shape.dynamic],
      options: { ...o, disabled: o.disabled === true },
      fromForm: (values) => decodeParts(shape, new Map([["", values]])),
      fromFormParts: (parts) => decodeParts(shape, parts),
      fromState: parse,
      toState: (v) => ({ stringValue: JSON.stringify(v) }),
      equals: sameState,
      toPublic: copyState,
      fromPublic: (v) => stateFromApp(shape, v),
    },
    (common) => ({
      dataEditor: {
        ...common,
        value: JSON.stringify(common.value),
        formId: "",
        data: bytes,
        columns: order.map((c) => ({
          name: c!.name,
          label: c!.label,
          kind: kindNumber(c!.kind),
          disabled: c!.disabled,
          required: c!.required,
          min: c!.min,
          max: c!.max,
          step: c!.step,
          options: c!.options,
          maxChars: c!.maxChars,
          help: c!.help,
          position: c!.position,
          minText: c!.minText ?? "",
          maxText: c!.maxText ?? "",
          default: c!.defaultValue === null ? "" : cellText(c!, c!.defaultValue),
        })),
        dynamic: shape.dynamic,
        hideIndex: !!o.hideIndex,
        height: o.height ?? 0,
        useContainerWidth: !!o.useContainerWidth,
        cellErrors: cellErrors(common.error),
        error: common.error ? { message: common.error.message, hint: "", entered: [] } : undefined,
      },
    }),
  );
  const edited = applyState(shape, state, frame.columns.map((c) => c.values));
  const rowCount = frame.rowCount - state.deletedRows.length + state.addedRows.length;
  return fromFrame({ shape: frame.shape, rowCount, columns: frame.columns.map((c, i) => ({ name: c.name, type: inferType(edited[i]!), values: edited[i]! })) }) as T;
}

/** The refused cells a widget error keeps (one JSON entry per part), as the template shows them on each cell. */
function cellErrors(error: sluice.IFieldError | undefined): sluice.ICellError[] {
  const out: sluice.ICellError[] = [];
  for (const entry of error?.entered ?? []) {
    try {
      const e = JSON.parse(entry) as { cell: string; text: string; message: string };
      const m = /^(\d+|a\d+)\.(\d+)$/.exec(e.cell);
      if (m) out.push({ row: m[1]!, column: Number(m[2]), message: e.message, entered: e.text });
    } catch {
      // not a cell's entry (the editor's own state was refused): shown as the editor's error only
    }
  }
  return out;
}
