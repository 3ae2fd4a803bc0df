// st.dataframe and st.table: inferred column types, st.columnConfig (formats, links, progress, sparklines, pinned and
// hidden columns), row selection, server-side sorting and paging of a big frame, and a metric with a sparkline.
import type { St } from "../src/index.ts";

const products = [
  { sku: "A-100", name: "Desk lamp", price: 39.5, stock: 12, active: true, added: new Date(Date.UTC(2024, 0, 15)), site: "https://example.com/lamp", sold: 0.62, sales: [3, 5, 4, 8, 9, 7, 10] },
  { sku: "B-220", name: "Office chair", price: 189, stock: 0, active: false, added: new Date(Date.UTC(2023, 10, 2)), site: "https://example.com/chair", sold: 0.95, sales: [9, 8, 7, 7, 6, 4, 3] },
  { sku: "C-310", name: "Notebook (pack of 5)", price: 7.25, stock: 240, active: true, added: new Date(Date.UTC(2024, 2, 30)), site: "https://example.com/notebook", sold: 0.18, sales: [1, 1, 2, 2, 3, 5, 8] },
  { sku: "D-404", name: "Monitor arm", price: 74.99, stock: 31, active: true, added: new Date(Date.UTC(2024, 4, 5)), site: "https://example.com/arm", sold: 0.4, sales: [4, 4, 5, 4, 5, 6, 5] },
];

// Built once per process (as cacheData would): the data core converts it to Arrow once, not on every rerun.
const CITIES = ["Oslo", "Rome", "Lima", "Pune", "Kyiv", "Accra", "Quito", "Hanoi"];
const big = Array.from({ length: 100_000 }, (_, i) => ({
  id: i,
  city: CITIES[(i * 7) % CITIES.length]!,
  value: Math.round(Math.sin(i) * 10_000) / 100,
  count: (i * 7919) % 1000,
  flag: i % 3 === 0,
}));

export default function dataframeExample(st: St) {
  st.title("Dataframes and tables");

  st.header("Column types and column config");
  const { selection } = st.dataframe(products, {
    label: "Products",
    key: "products",
    onSelect: "rerun",
    selectionMode: "multi-row",
    hideIndex: true,
    columnConfig: {
      sku: st.columnConfig.TextColumn("SKU", { pinned: true, width: "small" }),
      name: "Product",
      price: st.columnConfig.NumberColumn("Price", { format: "dollar", help: "Price in US dollars" }),
      stock: st.columnConfig.NumberColumn("In stock", { format: "%d pcs" }),
      active: st.columnConfig.CheckboxColumn("Active"),
      added: st.columnConfig.DateColumn("Added", { format: "D MMM YYYY" }),
      site: st.columnConfig.LinkColumn("Page", { displayText: "Open page" }),
      sold: st.columnConfig.ProgressColumn("Sold"),
      sales: st.columnConfig.LineChartColumn("Sales, last 7 days"),
    },
  });
  const picked = selection.rows.map((i) => products[i]!.name);
  st.write(picked.length ? `Selected: ${picked.join(", ")}` : "Select products with the boxes in the first column.");

  st.header("A big frame, sorted and paged on the server");
  st.dataframe(big, { label: "100,000 measurements", height: 400 });

  st.header("A static table");
  st.table(
    [
      { planet: "Mercury", moons: 0, gravity: 3.7 },
      { planet: "Earth", moons: 1, gravity: 9.81 },
      { planet: "Mars", moons: 2, gravity: 3.72 },
    ],
    { label: "Planets" },
  );

  st.header("Metric with a sparkline");
  st.metric("Weekly sales", "46", { delta: 5, chartData: [3, 5, 4, 8, 9, 7, 10], chartType: "area" });
}
