// The data core's public API: every data command (dataframe, table, data editor, charts, map) reads its input
// through here. Input → Frame (toFrame), Frame ⇄ Arrow IPC bytes (what Element protos carry), cells → text.
//
//   const { frame, bytes } = prepareData(data);     // cached per input object
//   frame.columns.map((c) => [c.name, c.type]);      // [["a", "integer"], ["b", "string"]]
//   frameOf(bytes);                                  // bytes → Frame (cached), e.g. in a template
//   formatCell(1234.5, "float", { format: "dollar" }) // "$1,234.50"
export type { Column, ColumnType, Frame, ShapeKind } from "./types.ts";
export { COLUMN_TYPES } from "./types.ts";
export { inferType } from "./infer.ts";
export { toFrame, fromArrowTable, type ToFrameOptions, type ArrowLike } from "./normalize.ts";
export { frameToArrow, frameFromArrow } from "./arrow.ts";
export { prepareData, frameOf, DECODED_FRAMES_KEPT, type Prepared } from "./cache.ts";
export { column, row, rows, fromFrame } from "./view.ts";
export {
  formatCell, formatNumber, formatDate, formatDatePattern, parseIsoDate, DEFAULT_LOCALE, NUMBER_FORMATS, DATE_FORMATS,
  type FormatOptions,
} from "./format.ts";
export { sortOrder, pageRows, pageCount } from "./sort.ts";
