// The data core's one columnar form (Frame) that every data command normalises its input to, and its column types.

/**
 * A column's inferred type. Numbers are "integer" when every value is a whole number, else "float"; Date objects
 * are "date" when every one is at UTC midnight, else "datetime"; ISO date strings stay "string" (as pandas without
 * parse_dates: a DateColumn config formats them as dates). Arrays are "list"; plain objects, and columns that mix
 * kinds (numbers and strings), are "object". A column with only null/undefined is "null".
 */
export type ColumnType = "integer" | "float" | "boolean" | "string" | "date" | "datetime" | "list" | "object" | "null";

/**
 * Which input shape a frame came from, so a command that hands data back (the data editor, AppTest) can rebuild
 * the user's own shape: "rows" (array of row objects), "columns" (object of column arrays), "arrays" (array of
 * arrays, with `columns`), "values" (array of scalars: one column), "arrow" (an apache-arrow Table),
 * "toArrow"/"objects" (a table with `toArrow()`/`objects()`, such as arquero's), "empty" (null/undefined).
 */
export type ShapeKind = "rows" | "columns" | "arrays" | "values" | "arrow" | "toArrow" | "objects" | "empty";

/** One column: its name (as the user spelled it), its inferred type and its values (null for missing). */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** integer/float: number; boolean; string; date/datetime: Date; list: unknown[]; object: anything; all may be null. */
  readonly values: readonly unknown[];
}

/**
 * The columnar view every data command works from: columns in the user's order, the row count and the input
 * shape's kind. The index is implicit: row i's index is i (Streamlit shows 0..n-1 unless `hideIndex`).
 */
export interface Frame {
  readonly columns: readonly Column[];
  readonly rowCount: number;
  readonly shape: ShapeKind;
}

export const COLUMN_TYPES: readonly ColumnType[] = ["integer", "float", "boolean", "string", "date", "datetime", "list", "object", "null"];
