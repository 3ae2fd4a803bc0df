// The data editor's columns: each data column's input kind (inferred from its values, or set by its column
// config, `st.columnConfig.*` as resolved by column_config.ts), label, limits and whether it can be edited
// (`disabled: true | string[]`, the config's `disabled`; image, progress, list and chart columns are read-only).
import { SluiceAPIError } from "../util/errors.ts";
import type { ColumnType, Frame } from "../data/index.ts";
import type { ColumnConfig } from "./column_config.ts";
import { KINDS, toCell, type ColumnKind, type EditorColumn } from "./data_editor_model.ts";


/** The input a column's inferred type gets: checkbox for booleans, number inputs, date/datetime; else text. */
const KIND_OF_TYPE: Record<ColumnType, ColumnKind> = {
  integer: "integer", float: "number", boolean: "checkbox", date: "date", datetime: "datetime", string: "text",
  null: "text", list: "text", object: "text",
};

/** Column config types with an input; "column" keeps the inferred one; the others (image, progress, list, charts) are read-only. */
const CONFIG_KINDS: Record<string, ColumnKind> = {
  text: "text", number: "number", checkbox: "checkbox", selectbox: "selectbox", date: "date", time: "time",
  datetime: "datetime", link: "text",
};
const READ_ONLY = new Set(["image", "progress", "list", "line_chart", "bar_chart", "area_chart"]);

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, v.getTime() % 86_400_000 === 0 ? 10 : 19) : typeof v === "string" ? v : undefined);

/** A setting from the config or its type config, by camelCase or snake_case name. */
function setting(c: Record<string, unknown>, ...names: string[]): unknown {
  const inner = (c.typeConfig ?? c.type_config ?? {}) as Record<string, unknown>;
  for (const n of names) for (const src of [c, inner]) if (src[n] !== undefined) return src[n];
  return undefined;
}

/** The editor's columns, in data order (all of them: hidden ones too, so the edited data keeps them). */
export function editorColumns(
  frame: Frame,
  config: Record<string, ColumnConfig> = {},
  disabled: boolean | readonly string[] = false,
): EditorColumn[] {
  const names = frame.columns.map((c) => c.name);
  for (const name of Object.keys(config)) {
    if (!names.includes(name) && name !== "_index") throw new SluiceAPIError(`\`st.dataEditor\` columnConfig names a column "${name}" that the data does not have (columns: ${names.join(", ")}).`);
  }
  return frame.columns.map(({ name, type: columnType, values }, position) => {
    const c = (config[name] ?? {}) as Record<string, unknown>;
    const type = setting(c, "type");
    const inferred = KIND_OF_TYPE[columnType];
    let kind: ColumnKind = typeof type === "string" && CONFIG_KINDS[type] ? CONFIG_KINDS[type]! : inferred;
    const step = num(setting(c, "step"));
    if (kind === "number" && inferred === "integer" && (step === undefined || Number.isInteger(step))) kind = "integer";
    const options = ((setting(c, "options") as unknown[] | undefined) ?? (kind === "selectbox" ? [...new Set(values.filter((v) => v !== null))] : [])).map(String);
    const min = setting(c, "minValue", "min_value", "min");
    const max = setting(c, "maxValue", "max_value", "max");
    const col: EditorColumn = {
      name,
      label: typeof c.label === "string" && c.label ? c.label : name,
      kind,
      // Lists and objects have no input here (Streamlit's ListColumn is read-only too).
      disabled:
        disabled === true || (Array.isArray(disabled) && disabled.includes(name)) || c.disabled === true ||
        columnType === "list" || columnType === "object" || READ_ONLY.has(String(type)),
      required: c.required === true,
      hidden: c.hidden === true,
      position,
      min: num(min),
      max: num(max),
      step,
      minText: text(min),
      maxText: text(max),
      options,
      maxChars: num(setting(c, "maxChars", "max_chars")) ?? 0,
      help: typeof c.help === "string" ? c.help : "",
      validate: typeof c.validate === "string" && c.validate ? c.validate : undefined,
      defaultValue: null,
    };
    const d = c.default;
    col.defaultValue = d === undefined || d === null ? null : toCell(kind, d);
    return col;
  });
}

export const kindNumber = (k: ColumnKind) => KINDS.indexOf(k);
