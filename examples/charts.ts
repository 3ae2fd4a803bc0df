// Charts, rendered to SVG on the server: the four built-in commands, several series, a Vega-Lite spec, and a
// slider that changes one chart (only that chart is sent again). Each chart has a name and a "Show data" table.
import type { St } from "../src/index.ts";

const days = Array.from({ length: 30 }, (_, i) => ({
  day: i + 1,
  users: Math.round(50 + 40 * Math.sin(i / 4) + i * 1.5),
  orders: Math.round(20 + 15 * Math.cos(i / 5) + i),
}));
const cities = [
  { city: "Oslo", north: 42, south: 18 },
  { city: "Lima", north: 35, south: 51 },
  { city: "Nairobi", north: 27, south: 33 },
  { city: "Perth", north: 12, south: 46 },
];
const people = Array.from({ length: 40 }, (_, i) => ({
  height: 150 + ((i * 37) % 45),
  weight: 45 + ((i * 53) % 50),
  group: ["A", "B", "C"][i % 3]!,
  age: 20 + ((i * 7) % 40),
}));

export default function charts(st: St) {
  st.title("Charts");
  st.lineChart(days, { x: "day", y: ["users", "orders"], yLabel: "count" });
  st.areaChart(days, { x: "day", y: ["users", "orders"], stack: false });
  st.barChart(cities, { x: "city", y: ["north", "south"], horizontal: true });
  st.scatterChart(people, { x: "height", y: "weight", color: "group", size: "age" });
  st.vegaLiteChart(cities, {
    title: "Northern sales by city",
    mark: "bar",
    encoding: { x: { field: "city", type: "nominal" }, y: { field: "north", type: "quantitative" } },
  });
  const growth = st.slider("Growth per day", { minValue: 0, maxValue: 10, value: 2 });
  st.lineChart(
    days.map((d) => ({ day: d.day, forecast: 100 + growth * d.day })),
    { x: "day", y: "forecast" },
  );
}
