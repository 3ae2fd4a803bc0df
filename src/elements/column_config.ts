// st.columnConfig.*: how a dataframe (or data editor) shows each column — its kind, label, help, width, format,
// hidden, pinned — as plain JSON-able objects. The types live here alone so the data editor can reuse them.
import { SluiceAPIError } from "../util/errors.ts";

/** What a column is shown as. */
export type ColumnKind =
  | "column" | "text" | "number" | "checkbox" | "selectbox" | "date" | "time" | "datetime" | "link" | "image"
  | "progress" | "list" | "line_chart" | "bar_chart" | "area_chart";

/** One column's config, as every *Column factory returns it (and as the Dataframe proto carries it, as JSON). */
export interface ColumnConfig {
  type?: ColumnKind;
  /** Header text (default: the column's name). */
  label?: string;
  /** Tooltip and description of the header. */
  help?: string;
  /** "small" (75 px), "medium" (200 px), "large" (400 px) or pixels. */
  width?: "small" | "medium" | "large" | number;
  hidden?: boolean;
  /** Kept at the start and visible when the table scrolls sideways. */
  pinned?: boolean;
  /** Editor only: not editable. */
  disabled?: boolean;
  /** Editor only: a value is required. */
  required?: boolean;
  /** Editor only: value for new rows. */
  default?: unknown;
  /** Number: printf ("%.2f", "%d €") or a named format ("percent", "dollar", …); dates: "localized", "distance", "iso8601" or a pattern ("YYYY-MM-DD"). */
  format?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Selectbox: the allowed values. */
  options?: unknown[];
  /** Link: text shown instead of the URL; a regular expression with a group shows the group's match. */
  displayText?: string;
  /** Text/link: a regular expression an edited value must match. */
  validate?: string;
  maxChars?: number;
  /** Charts: the y range (default: each row's own). */
  yMin?: number;
  yMax?: number;
}

/** What an app may pass per column: a config, a label (string), or null to hide it. */
export type ColumnConfigInput = ColumnConfig | string | null;
/** Per column name; "_index" configures the index column. */
export type ColumnConfigMapping = Record<string, ColumnConfigInput>;

type Common = Pick<ColumnConfig, "width" | "help" | "hidden" | "pinned" | "disabled" | "required" | "default">;
const make = (type: ColumnKind) => (label?: string, options: Common & Partial<ColumnConfig> = {}): ColumnConfig => ({ ...options, type, ...(label === undefined ? {} : { label }) });

/**
 * The column config factories, as Streamlit's `st.column_config`:
 * @example st.dataframe(rows, { columnConfig: { price: st.columnConfig.NumberColumn("Price", { format: "dollar" }), notes: null } })
 */
export const columnConfig = {
  Column: make("column"),
  TextColumn: make("text") as (label?: string, options?: Common & Pick<ColumnConfig, "maxChars" | "validate">) => ColumnConfig,
  NumberColumn: make("number") as (label?: string, options?: Common & Pick<ColumnConfig, "format" | "min" | "max" | "step">) => ColumnConfig,
  CheckboxColumn: make("checkbox") as (label?: string, options?: Common) => ColumnConfig,
  SelectboxColumn: make("selectbox") as (label?: string, options?: Common & Pick<ColumnConfig, "options">) => ColumnConfig,
  DateColumn: make("date") as (label?: string, options?: Common & Pick<ColumnConfig, "format" | "step">) => ColumnConfig,
  TimeColumn: make("time") as (label?: string, options?: Common & Pick<ColumnConfig, "format" | "step">) => ColumnConfig,
  DatetimeColumn: make("datetime") as (label?: string, options?: Common & Pick<ColumnConfig, "format" | "step">) => ColumnConfig,
  LinkColumn: make("link") as (label?: string, options?: Common & Pick<ColumnConfig, "displayText" | "validate" | "maxChars">) => ColumnConfig,
  ImageColumn: make("image") as (label?: string, options?: Pick<ColumnConfig, "width" | "help" | "hidden" | "pinned">) => ColumnConfig,
  ProgressColumn: make("progress") as (label?: string, options?: Pick<ColumnConfig, "width" | "help" | "hidden" | "pinned" | "format" | "min" | "max">) => ColumnConfig,
  ListColumn: make("list") as (label?: string, options?: Pick<ColumnConfig, "width" | "help" | "hidden" | "pinned">) => ColumnConfig,
  LineChartColumn: make("line_chart") as (label?: string, options?: Pick<ColumnConfig, "width" | "help" | "hidden" | "pinned" | "yMin" | "yMax">) => ColumnConfig,
  BarChartColumn: make("bar_chart") as (label?: string, options?: Pick<ColumnConfig, "width" | "help" | "hidden" | "pinned" | "yMin" | "yMax">) => ColumnConfig,
  AreaChartColumn: make("area_chart") as (label?: string, options?: Pick<ColumnConfig, "width" | "help" | "hidden" | "pinned" | "yMin" | "yMax">) => ColumnConfig,
};

const KINDS = new Set<ColumnKind>(["column", "text", "number", "checkbox", "selectbox", "date", "time", "datetime", "link", "image", "progress", "list", "line_chart", "bar_chart", "area_chart"]);

/** A mapping as the app gave it → plain configs (a string is a label, null hides), checked. */
export function resolveColumnConfig(mapping: ColumnConfigMapping | undefined, command: string): Record<string, ColumnConfig> {
  const out: Record<string, ColumnConfig> = {};
  for (const [name, v] of Object.entries(mapping ?? {})) {
    if (v === null) out[name] = { hidden: true };
    else if (typeof v === "string") out[name] = { label: v };
    else if (typeof v === "object") {
      if (v.type !== undefined && !KINDS.has(v.type)) throw new SluiceAPIError(`\`st.${command}\` column config for "${name}" has an unknown type "${String(v.type)}". Use the st.columnConfig.* factories.`);
      const w = v.width;
      if (w !== undefined && w !== "small" && w !== "medium" && w !== "large" && !(typeof w === "number" && w > 0)) {
        throw new SluiceAPIError(`\`st.${command}\` column config for "${name}" has width ${JSON.stringify(w)}: use "small", "medium", "large" or a number of pixels.`);
      }
      out[name] = { ...v };
    } else {
      throw new SluiceAPIError(`\`st.${command}\` column config for "${name}" must be a column config, a label or null (got ${typeof v}).`);
    }
  }
  return out;
}

/** A width in CSS pixels, or undefined for "as wide as its content". */
export const widthPx = (w: ColumnConfig["width"]): number | undefined =>
  w === "small" ? 75 : w === "medium" ? 200 : w === "large" ? 400 : typeof w === "number" ? w : undefined;
