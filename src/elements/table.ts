// st.table: a static table of every row (Streamlit's st.table), from any input the data core accepts.
import type { DeltaGenerator } from "./dg.ts";
import { prepareData } from "../data/index.ts";

export interface TableOptions {
  /** The table's name (its caption). Default: "Table, N rows, M columns". */
  label?: string;
  hideIndex?: boolean;
}

/** `st.table([{ city: "Oslo", temp: 4 }, { city: "Rome", temp: 18 }])` */
export function table(dg: DeltaGenerator, data: unknown, options: TableOptions = {}): void {
  const { bytes } = prepareData(data);
  dg.writeElement({ table: { data: bytes, label: options.label ?? "", hideIndex: !!options.hideIndex } });
}
