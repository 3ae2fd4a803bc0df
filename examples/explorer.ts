// A data explorer: filters in the sidebar, key figures, a sortable, pageable table of the matching orders, and two
// charts of the same selection. Every filter change reruns the script; only the parts that changed are sent.
import type { St } from "../src/index.ts";

const CITIES = [
  { city: "Oslo", region: "Europe", lat: 59.91, lon: 10.75 },
  { city: "Lisbon", region: "Europe", lat: 38.72, lon: -9.14 },
  { city: "Nairobi", region: "Africa", lat: -1.29, lon: 36.82 },
  { city: "Accra", region: "Africa", lat: 5.6, lon: -0.19 },
  { city: "Lima", region: "Americas", lat: -12.05, lon: -77.04 },
  { city: "Toronto", region: "Americas", lat: 43.65, lon: -79.38 },
  { city: "Osaka", region: "Asia", lat: 34.69, lon: 135.5 },
  { city: "Pune", region: "Asia", lat: 18.52, lon: 73.86 },
];
const CATEGORIES = ["Books", "Garden", "Kitchen", "Toys"];
const REGIONS = [...new Set(CITIES.map((c) => c.region))];
const DAYS = 60;
const START = Date.UTC(2026, 8, 1);

/** 3,000 orders over 60 days, the same on every start (a seeded generator), built once per process. */
const orders = (() => {
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: 3000 }, (_, i) => {
    const place = CITIES[Math.floor(rand() * CITIES.length)]!;
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!;
    const day = Math.floor(rand() * DAYS);
    const units = 1 + Math.floor(rand() * 6);
    const price = Math.round((5 + rand() * 45 + (category === "Garden" ? 20 : 0)) * 100) / 100;
    return {
      order: 10_000 + i,
      date: new Date(START + day * 86_400_000),
      city: place.city,
      region: place.region,
      category,
      units,
      revenue: Math.round(units * price * 100) / 100,
    };
  });
})();

const money = new Intl.NumberFormat("en", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

export default function explorer(st: St) {
  st.setPageConfig({ pageTitle: "Order explorer", pageIcon: "📦", layout: "wide" });
  st.title("Order explorer");
  st.caption("3,000 orders from eight cities over 60 days. Narrow them down in the sidebar.");

  st.sidebar.header("Filters");
  const regions = st.sidebar.multiselect("Regions", REGIONS, { default: REGIONS, key: "regions" });
  const category = st.sidebar.selectbox("Category", ["All", ...CATEGORIES], { key: "category" });
  const [from, to] = st.sidebar.slider("Days of the period", { minValue: 1, maxValue: DAYS, value: [1, DAYS], key: "days" });
  const minRevenue = st.sidebar.numberInput("Smallest order (€)", { minValue: 0, maxValue: 500, value: 0, step: 10, key: "min" });

  const rows = orders.filter((o) => {
    const day = (o.date.getTime() - START) / 86_400_000 + 1;
    return regions.includes(o.region) && (category === "All" || o.category === category) && day >= from && day <= to && o.revenue >= (minRevenue ?? 0);
  });
  if (!rows.length) {
    st.warning("No order matches these filters. Widen them in the sidebar.");
    return;
  }

  const revenue = rows.reduce((sum, o) => sum + o.revenue, 0);
  const [a, b, c] = st.columns(3);
  a.metric("Orders", rows.length.toLocaleString("en"));
  b.metric("Revenue", money.format(revenue));
  c.metric("Average order", money.format(revenue / rows.length));

  const [left, right] = st.columns(2);
  const byDay = new Map<number, Record<string, number>>();
  for (const o of rows) {
    const day = (o.date.getTime() - START) / 86_400_000 + 1;
    const entry = byDay.get(day) ?? { day };
    entry[o.category] = Math.round(((entry[o.category] ?? 0) + o.revenue) * 100) / 100;
    byDay.set(day, entry);
  }
  const shown = category === "All" || category === null ? CATEGORIES : [category];
  const daily = [...byDay.values()].sort((x, y) => x.day! - y.day!).map((d) => Object.fromEntries([["day", d.day], ...shown.map((k) => [k, d[k] ?? 0])]));
  left.header("Revenue per day");
  left.lineChart(daily, { x: "day", y: shown, xLabel: "Day of the period", yLabel: "Revenue (€)" });

  const byCity = new Map<string, number>();
  for (const o of rows) byCity.set(o.city, (byCity.get(o.city) ?? 0) + o.revenue);
  const cities = [...byCity].map(([city, total]) => ({ city, revenue: Math.round(total) })).sort((x, y) => y.revenue - x.revenue);
  right.header("Revenue per city");
  right.barChart(cities, { x: "city", y: "revenue", horizontal: true, xLabel: "City", yLabel: "Revenue (€)" });

  st.header("Matching orders");
  st.dataframe(rows, {
    label: `${rows.length.toLocaleString("en")} orders`,
    hideIndex: true,
    key: "orders",
    columnConfig: {
      order: st.columnConfig.NumberColumn("Order", { format: "%d", pinned: true }),
      date: st.columnConfig.DateColumn("Date", { format: "D MMM YYYY" }),
      city: "City",
      region: "Region",
      category: "Category",
      units: st.columnConfig.NumberColumn("Units", { format: "%d" }),
      revenue: st.columnConfig.NumberColumn("Revenue", { format: "euro" }),
    },
  });

  const where = st.expander("Where the orders come from");
  where.map(
    CITIES.filter((p) => byCity.has(p.city)).map((p) => ({ ...p, revenue: Math.round(byCity.get(p.city)!) })),
    { size: 120_000 },
  );
}
