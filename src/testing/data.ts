// AppTest's data elements: st.dataframe (its data as the user's rows, its sort, page and selection, and actions to
// change them as a user would) and st.table. The data is read back from the element's Arrow bytes.
import { frameOf, fromFrame, rows, type Frame } from "../data/index.ts";
import type { DataframeState, DataframeValue } from "../elements/dataframe.ts";
import { Element } from "./elements.ts";
import { Widget } from "./widgets.ts";
import { AppTestError } from "./errors.ts";

const frameOfProto = (proto: any): Frame => frameOf(proto.data ?? new Uint8Array());

/** st.table: `.value` is the data in the shape the app passed; `.rows` as row objects. */
export class Table extends Element {
  get frame(): Frame {
    return frameOfProto(this.proto);
  }
  override get value(): unknown {
    return fromFrame(this.frame);
  }
  get rows(): Record<string, unknown>[] {
    return rows(this.frame);
  }
  get columns(): string[] {
    return this.frame.columns.map((c) => c.name);
  }
}

/**
 * st.dataframe: `.value` is the data in the shape the app passed; `.selection` what it returned.
 * @example await at.dataframe[0].selectRows([0, 2]).run(); at.dataframe[0].selection.selection.rows // [0, 2]
 */
export class Dataframe extends Widget<unknown> {
  get frame(): Frame {
    return frameOfProto(this.proto);
  }
  override get value(): unknown {
    return fromFrame(this.frame);
  }
  get rows(): Record<string, unknown>[] {
    return rows(this.frame);
  }
  /** The columns shown, in order. */
  get columns(): string[] {
    return [...(this.proto.columnOrder ?? [])];
  }
  /** What st.dataframe returned (Streamlit's DataframeState), including a selection set but not yet run. */
  get selection(): DataframeState {
    const v = this.stored() as DataframeValue;
    return { selection: { rows: [...v.rows], columns: [...v.columns] } };
  }
  /** The sorted column ("" when unsorted), its direction, and the page (0-based), as shown. */
  get view(): { sort: string; descending: boolean; page: number } {
    return { sort: this.proto.sortColumn ?? "", descending: !!this.proto.sortDescending, page: this.proto.page ?? 0 };
  }
  /** The table's name as given ("" when generated). */
  get label(): string {
    return this.proto.label ?? "";
  }

  /** Selects these rows (positions in the data, as Streamlit's selection holds them). */
  selectRows(positions: readonly number[]): this {
    return this.change({ rows: [...positions] });
  }
  /** Selects these columns (by name). */
  selectColumns(names: readonly string[]): this {
    return this.change({ columns: [...names] });
  }
  /** Sorts by a column, as a click on its header does (ascending, or `descending`). */
  sortBy(column: string, descending = false): this {
    if (!this.columns.includes(column)) throw new AppTestError(`st.dataframe has no shown column "${column}" (shown: ${this.columns.join(", ")}).`);
    return this.change({ sort: column, desc: descending, page: 0 });
  }
  /** Goes to a page (0-based), as the pager does. */
  goToPage(page: number): this {
    return this.change({ page });
  }

  private change(part: Partial<DataframeValue>): this {
    const modes: string[] = this.proto.selectionMode ?? [];
    if ((part.rows && !modes.some((m) => m.endsWith("-row"))) || (part.columns && !modes.some((m) => m.endsWith("-column")))) {
      throw new AppTestError(`st.dataframe does not allow that selection (selectionMode: ${modes.join(", ") || "none; onSelect is \"ignore\""}).`);
    }
    const next = { ...(this.stored() as DataframeValue), ...part };
    this.setStored(next, part);
    const fitted = this.harness.pending.get(this.id) as DataframeValue;
    if (part.rows && fitted.rows.length !== new Set(part.rows).size) throw this.fail(part.rows, "not every row exists or the mode allows one");
    if (part.columns && fitted.columns.length !== new Set(part.columns).size) throw this.fail(part.columns, "not every column is shown or the mode allows one");
    return this;
  }
}
