// st.dataframe over HTTP: a sort or page post re-renders only the dataframe (the rest of the page is unchanged);
// forged sort columns and page numbers are ignored or clamped, never a 500; without JavaScript the same buttons work.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import type { St } from "../../src/elements/index.ts";
import { httpTest, openPage, parsePage, parseSse, rerun, swapsOf, type Page } from "./harness.ts";

const rows = Array.from({ length: 95 }, (_, i) => ({ id: i, score: (i * 37) % 95, name: `n${i}` }));
const app = (st: St) => {
  st.title("Scores");
  st.dataframe(rows, { label: "Scores table", onSelect: "rerun", key: "df" });
  st.text("static text below");
};
const options = () => ({ app });

const dfName = (page: Page) => page.doc.querySelector(".sl-dataframe input[type=hidden]")!.getAttribute("name")!;
const firstIds = (doc: Document) => [...doc.querySelectorAll(".sl-dataframe tbody th[scope=row]")].map((t) => t.textContent);

async function post(c: Parameters<typeof rerun>[0], page: Page, fields: [string, string][], last: number) {
  const res = await rerun(c, page, fields, { last });
  assert.is(res.status, 200);
  const events = parseSse(await res.text());
  const html = events.map((e) => e.data).join("");
  return { html, last: events.at(-1)?.id ?? last, doc: parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document };
}

httpTest("a sort post re-renders only the dataframe, sorted; a page post shows the next rows", options, async (c) => {
  const page = await openPage(c);
  const name = dfName(page);
  assert.equal(firstIds(page.doc).slice(0, 3), ["0", "1", "2"]);
  const sorted = await post(c, page, [[name, ""], [name, "sort=1"]], page.lastEventId);
  const swaps = swapsOf(sorted.html).filter((s) => s.tag === "hx-partial" || s.target);
  assert.equal(swaps.map((s) => s.target), ["#sl-0-1"], "only the dataframe's node");
  assert.equal(firstIds(sorted.doc).slice(0, 3), ["0", "18", "36"], "scores 0, 1, 2");
  assert.is(sorted.doc.querySelectorAll(".sl-dataframe tbody tr").length, 10, "one page in the HTML");
  const next = await post(c, page, [[name, ""], [name, "page=1"]], sorted.last);
  assert.match(next.doc.querySelector(".sl-df-range")!.textContent!, /Rows 11–20 of 95/);
});

httpTest("forged sort columns and page numbers are ignored or clamped: 200, never a 500", options, async (c) => {
  const page = await openPage(c);
  const name = dfName(page);
  let last = page.lastEventId;
  for (const v of ["sort=99", "sort=-1", "sort=1e3", "page=-1", "page=abc", "row=100000", "col=0", `page=${"9".repeat(40)}`]) {
    const res = await rerun(c, page, [[name, ""], [name, v]], { last });
    assert.is(res.status, 200, v);
    last = parseSse(await res.text()).at(-1)?.id ?? last;
  }
  const big = await post(c, page, [[name, ""], [name, "page=500"]], last);
  assert.match(big.doc.querySelector(".sl-df-range")!.textContent!, /Rows 91–95 of 95/, "the last page");
});

httpTest("without JavaScript: a header button and the pager are form submits (POST / → 303 → the sorted page)", options, async (c) => {
  const page = await openPage(c);
  const name = dfName(page);
  const res = await rerun(c, page, [[name, ""], [name, "sort=1"]], { path: "/" });
  assert.is(res.status, 303);
  const cookie = /(sluice_nojs=[0-9a-f]+)/.exec(res.headers.get("set-cookie") ?? "")![1]!;
  const shown = parsePage(await (await c.request("/", { headers: { cookie } })).text());
  assert.equal(firstIds(shown.doc).slice(0, 3), ["0", "18", "36"]);
  assert.is(shown.doc.querySelector(".sl-dataframe th[aria-sort=ascending] button")!.getAttribute("value"), "sort=1");
  const res2 = await rerun(c, page, [[name, ""], [name, "row=18"], [name, "page=1"]], { path: "/" });
  const cookie2 = /(sluice_nojs=[0-9a-f]+)/.exec(res2.headers.get("set-cookie") ?? "")![1]!;
  const shown2 = parsePage(await (await c.request("/", { headers: { cookie: cookie2 } })).text());
  assert.match(shown2.doc.querySelector(".sl-df-range")!.textContent!, /Rows 11–20/);
  assert.match(shown2.doc.querySelector(".sl-df-count")!.textContent!, /1 row selected/, "the selection on page 1 was kept");
});

test.run();
