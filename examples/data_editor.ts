// st.dataEditor: edit cells, add and delete rows. Every cell is a form input typed by its column (numbers with
// limits, checkboxes, a select, dates); the edit state is in st.sessionState under the editor's key, and the
// edited rows come back as rows. A value a cell cannot take is an error on that cell; the other edits are kept.
// Works without JavaScript (Apply, and Add row / Delete are form buttons).
import type { St } from "../src/index.ts";

const stock = [
  { item: "Notebook", price: 3.5, qty: 12, inStock: true, size: "A5", restocked: new Date("2026-11-02T00:00:00Z") },
  { item: "Fountain pen", price: 24, qty: 3, inStock: true, size: "—", restocked: new Date("2026-10-15T00:00:00Z") },
  { item: "Ink bottle", price: 8.25, qty: 0, inStock: false, size: "—", restocked: new Date("2026-09-30T00:00:00Z") },
  { item: "Sketchbook", price: 11, qty: 5, inStock: true, size: "A4", restocked: new Date("2026-11-20T00:00:00Z") },
];

export default function dataEditor(st: St) {
  st.title("Data editor");
  st.markdown("Change a price or a quantity, tick **In stock**, or add a row. Try typing a letter into a number cell.");
  const rows = st.dataEditor(stock, {
    key: "stock",
    label: "Stock",
    numRows: "dynamic",
    disabled: ["restocked"],
    columnConfig: {
      item: st.columnConfig.TextColumn("Item", { required: true, maxChars: 40 }),
      price: st.columnConfig.NumberColumn("Price (€)", { min: 0, max: 1000, step: 0.01 }),
      qty: st.columnConfig.NumberColumn("Quantity", { min: 0, max: 999, default: 1 }),
      inStock: st.columnConfig.CheckboxColumn("In stock", { default: true }),
      size: st.columnConfig.SelectboxColumn("Size", { options: ["A4", "A5", "—"] }),
      restocked: st.columnConfig.DateColumn("Restocked"),
    },
    onChange: () => (st.sessionState.changes = (st.sessionState.changes ?? 0) + 1),
  });
  const value = rows.reduce((sum, r) => sum + (r.price ?? 0) * (r.qty ?? 0), 0);
  st.metric("Stock value", `€${value.toFixed(2)}`);
  st.write(`${rows.length} items, ${rows.filter((r) => r.inStock).length} in stock; ${st.sessionState.changes ?? 0} changes so far.`);
  st.caption("The edit state (st.sessionState.stock):");
  st.json(st.sessionState.stock);
}
