// st.connection with the embedded SQLite: an orders table seeded on the first run, a filtered query shown with
// st.dataframe (cached for 10 minutes; the filter values are bound as params, never put into the SQL), and a form
// that inserts an order (a write, which then clears the cached queries). The database is [connections.orders]'s
// url in .sluice/secrets.toml, else .sluice/local.db.
import type { St } from "../src/index.ts";

const REGIONS = ["North", "South", "East", "West"];
const SEED: [string, string, number, string][] = [
  ["Ada", "North", 120, "2026-01-05"],
  ["Grace", "South", 75.5, "2026-01-07"],
  ["Linus", "East", 310, "2026-01-11"],
  ["Margaret", "West", 42, "2026-01-12"],
  ["Edsger", "North", 18.25, "2026-01-15"],
  ["Barbara", "East", 260, "2026-01-19"],
];

export default async function sqlExample(st: St) {
  st.title("Orders");
  if (st.sessionState.added) {
    st.success(`Added an order for ${st.sessionState.added}.`);
    delete st.sessionState.added;
  }
  const conn = st.connection("orders", { type: "sql", ttl: "10m" });

  // First run against a new database: create and fill the table (uncached statements).
  await conn.executeScript(
    "create table if not exists orders (id integer primary key, customer text not null, region text not null, total real not null, placed text not null)",
  );
  const [{ n }] = (await conn.session.query("select count(*) as n from orders")) as [{ n: number }];
  if (n === 0) {
    await conn.transaction(async (tx) => {
      for (const [customer, region, total, placed] of SEED) {
        await tx.execute("insert into orders (customer, region, total, placed) values (?, ?, ?, ?)", [customer, region, total, placed]);
      }
    });
  }

  const region = st.selectbox("Region", ["All", ...REGIONS]);
  const minTotal = st.slider("Minimum total (€)", { minValue: 0, maxValue: 400, step: 10, value: 0 });
  const rows = await conn.query(
    "select id, customer, region, total, placed from orders where (:region = 'All' or region = :region) and total >= :min order by id",
    { params: { region, min: minTotal } },
  );
  st.dataframe(rows, { hideIndex: true });
  st.caption(`${rows.length} order${rows.length === 1 ? "" : "s"} · results are cached for 10 minutes (${conn.url}).`);

  const form = st.form("new-order", { clearOnSubmit: true });
  form.header("New order");
  const customer = form.textInput("Customer", { maxChars: 60 });
  const newRegion = form.selectbox("Order region", REGIONS);
  const total = form.numberInput("Total (€)", { minValue: 0, maxValue: 10_000, value: 10, step: 0.5 });
  if (form.formSubmitButton("Add order")) {
    if (!customer.trim()) st.error("Enter the customer's name.");
    else {
      await conn.execute("insert into orders (customer, region, total, placed) values (:customer, :region, :total, date('now'))", {
        customer: customer.trim(),
        region: newRegion,
        total,
      });
      await conn.query.clear(); // a write does not clear cached queries by itself
      st.sessionState.added = customer.trim();
      st.rerun(); // show the table with the new row
    }
  }
}
