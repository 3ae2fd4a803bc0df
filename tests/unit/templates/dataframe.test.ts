// The dataframe, table and sparkline templates, parsed: a real table in a focusable region, headers and row headers,
// sort buttons with aria-sort, only the visible page, the pager, selection boxes, and each column config's cell.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse, render } from "../helpers.ts";
import { prepareData } from "../../../src/data/index.ts";
import { toHtml } from "../../../templates/node.tsx";
import { describeSeries, Sparkline, sparkGeometry } from "../../../templates/sparkline.tsx";

const big = { n: Array.from({ length: 100 }, (_, i) => i), sq: Array.from({ length: 100 }, (_, i) => (i * 37) % 100) };
const df = (data: unknown, extra: Record<string, unknown> = {}) =>
  render({ newElement: { dataframe: { id: "$$ID-abc-df", data: prepareData(data).bytes, columnOrder: Object.keys(data as object), pageSize: 10, useContainerWidth: true, ...extra } } });
const texts = (els: Iterable<Element>) => [...els].map((e) => e.textContent?.trim());

test("a table in its own focusable scroll region named by the caption", () => {
  const root = df(big);
  const region = root.querySelector('[role="region"]')!;
  assert.is(region.getAttribute("tabindex"), "0");
  const cap = root.querySelector("caption")!;
  assert.is(region.getAttribute("aria-labelledby"), cap.id);
  assert.is(cap.textContent, "Table, 100 rows, 2 columns");
  assert.is(region.querySelector("table")!.getAttribute("aria-rowcount"), "101");
  assert.is(df(big, { label: "Squares" }).querySelector("caption")!.textContent, "Squares");
});

test("column headers and index row headers; only the visible page's rows are in the HTML", () => {
  const root = df(big, { page: 3 });
  assert.equal(texts(root.querySelectorAll('thead th[scope="col"] button')).map((t) => t!.split(",")[0]), ["n", "sq"]);
  const rowHeads = texts(root.querySelectorAll('tbody th[scope="row"]'));
  assert.equal(rowHeads, ["30", "31", "32", "33", "34", "35", "36", "37", "38", "39"]);
  assert.is(root.querySelectorAll("tbody tr").length, 10);
  assert.is(root.querySelector("tbody tr")!.getAttribute("aria-rowindex"), "32");
  assert.is(df(big, { hideIndex: true }).querySelectorAll('th[scope="row"]').length, 0);
});

test("sortable headers: a submit button per column with aria-sort on the th; rows sorted on the server", () => {
  const root = df(big, { sortColumn: "sq", sortDescending: true });
  const ths = [...root.querySelectorAll('thead th[scope="col"]:not(.sl-df-index)')];
  assert.equal(ths.map((t) => t.getAttribute("aria-sort")), ["none", "descending"]);
  const b = ths[1]!.querySelector("button")!;
  assert.is(b.getAttribute("type"), "submit");
  assert.is(b.getAttribute("name"), "$$ID-abc-df");
  assert.is(b.getAttribute("value"), "sort=1");
  assert.ok(b.id.startsWith("sl-w-"), "ids from the widget id");
  assert.equal(texts(root.querySelectorAll("tbody tr td:last-child")).slice(0, 3), ["99", "98", "97"]);
});

test("pager: previous/next submit buttons and the row range; none for one page", () => {
  const root = df(big, { page: 0 });
  const nav = root.querySelector("nav.sl-df-pager")!;
  assert.match(nav.getAttribute("aria-label")!, /^Pages of Table/);
  const [prev, next] = [...nav.querySelectorAll("button")];
  assert.ok(prev!.hasAttribute("disabled"));
  assert.is(next!.getAttribute("value"), "page=1");
  assert.match(nav.querySelector(".sl-df-range")!.textContent!, /^Rows 1–10 of 100/);
  assert.is(df({ a: [1, 2] }).querySelector("nav"), null);
  assert.ok(df(big, { page: 9 }).querySelector("nav button:last-child")!.hasAttribute("disabled"));
});

test("selection: a checkbox per row and per column, checked from the state; a hidden '' always posts", () => {
  const root = df(big, { selectionMode: ["multi-row", "multi-column"], selectedRows: [1, 50], selectedColumns: ["sq"] });
  const boxes = [...root.querySelectorAll('tbody input[type=checkbox]')];
  assert.is(boxes.length, 10);
  assert.equal(boxes.filter((b) => b.hasAttribute("checked")).map((b) => b.getAttribute("value")), ["row=1"]);
  assert.is(boxes[0]!.getAttribute("aria-label"), "Select row 0");
  const cols = [...root.querySelectorAll("thead input[type=checkbox]")];
  assert.equal(cols.map((c) => [c.getAttribute("value"), c.hasAttribute("checked")]), [["col=0", false], ["col=1", true]]);
  assert.ok(root.querySelector('input[type=hidden][name="$$ID-abc-df"][value=""]'));
  assert.is(root.querySelector(".sl-df-count")!.textContent, "2 rows selected");
  assert.is(df(big).querySelectorAll("input[type=checkbox]").length, 0);
});

test("column config cells: number formats, checkbox, link (safe schemes only), image alt, progress, list, dates, sparkline", () => {
  const data = {
    price: [1234.5], on: [true], url: ["https://example.com/a"], bad: ["javascript:alert(1)"], pic: ["https://example.com/p.png"],
    done: [0.42], tags: [["a", "b"]], when: [new Date(Date.UTC(2024, 0, 5))], trend: [[1, 9, 4]], plain: ["<b>x</b>"],
  };
  const { columnConfig: cc } = { columnConfig: { price: { type: "number", format: "dollar", label: "Price", help: "In USD" }, on: { type: "checkbox" }, url: { type: "link", displayText: "Open" },
    bad: { type: "link" }, pic: { type: "image", label: "Photo" }, done: { type: "progress", label: "Done" }, tags: { type: "list" },
    when: { type: "date", format: "D MMM YYYY" }, trend: { type: "line_chart", label: "Trend" } } };
  const root = df(data, { columnConfig: JSON.stringify(cc) });
  const cells = [...root.querySelectorAll("tbody td")];
  assert.is(cells[0]!.textContent, "$1,234.50");
  assert.match(cells[1]!.textContent!, /Yes/);
  assert.is(cells[2]!.querySelector("a")!.getAttribute("href"), "https://example.com/a");
  assert.is(cells[2]!.textContent, "Open");
  assert.is(cells[3]!.querySelector("a"), null, "an unsafe scheme is text, not a link");
  assert.is(cells[4]!.querySelector("img")!.getAttribute("alt"), "Photo");
  const p = cells[5]!.querySelector("progress")!;
  assert.is(p.getAttribute("aria-label"), "Done: 42%");
  assert.is(cells[6]!.textContent, "a, b");
  assert.is(cells[7]!.textContent, "5 Jan 2024");
  assert.is(cells[8]!.querySelector("svg")!.getAttribute("role"), "img");
  assert.is(cells[8]!.querySelector("svg")!.getAttribute("aria-label"), "Trend: 3 values, 1 to 9, last 4");
  assert.is(cells[9]!.textContent, "<b>x</b>", "text is escaped");
  const priceHead = root.querySelector('thead th[scope="col"] button')!;
  assert.match(priceHead.textContent!, /^Price/);
  assert.ok(priceHead.getAttribute("aria-describedby"), "help is linked");
});

test("the index header: visually hidden 'Row', or the _index config's label", () => {
  assert.is(df({ a: [1] }).querySelector("thead th.sl-df-index")!.textContent, "Row");
  assert.is(df({ a: [1] }, { columnConfig: JSON.stringify({ _index: { label: "No." } }) }).querySelector("thead th.sl-df-index")!.textContent, "No.");
});

test("pinned columns are sticky with offsets after the index", () => {
  const root = df({ a: [1], b: [2] }, { columnConfig: JSON.stringify({ a: { pinned: true, width: "small" } }) });
  const th = root.querySelector('thead th[scope="col"]:not(.sl-df-index)')!;
  assert.match(th.getAttribute("class")!, /sl-df-pinned/);
  assert.match(th.getAttribute("style")!, /left:64px/);
});

test("st.table: every row, no buttons, a focusable region", () => {
  const root = render({ newElement: { table: { data: prepareData(big).bytes } } });
  assert.is(root.querySelectorAll("tbody tr").length, 100);
  assert.is(root.querySelectorAll("button, input").length, 0);
  assert.is(root.querySelector('[role="region"]')!.getAttribute("tabindex"), "0");
  assert.is(root.querySelectorAll('th[scope="row"]').length, 100);
});

test("metric sparkline: an image with a text alternative; none without data", () => {
  const root = render({ newElement: { metric: { label: "Sales", body: "40", chartData: [3, 1, 4, 1, 5], chartType: "bar" } } });
  const svg = root.querySelector("svg")!;
  assert.is(svg.getAttribute("aria-label"), "Sales trend: 5 values, 1 to 5, last 5");
  assert.is(svg.querySelectorAll("rect").length, 5);
  assert.is(render({ newElement: { metric: { label: "x", body: "1" } } }).querySelector("svg"), null);
});

test("sparkline geometry and description", () => {
  assert.is(describeSeries([1, 9, 4, null]), "3 values, 1 to 9, last 4");
  assert.is(describeSeries([]), "No values");
  assert.is(describeSeries([2, 2]), "2 values, all 2, last 2");
  assert.is(sparkGeometry([0, 10], "line", 100, 22).d, "M0 21L100 1");
  assert.match(sparkGeometry([1, 2], "area", 100, 22).d, /Z$/);
  assert.is(sparkGeometry([1, null, 3], "line", 100, 22).d.split("M").length - 1, 2, "a gap breaks the line");
  const svg = parse(toHtml(Sparkline({ values: [1, 2], type: "line" })));
  assert.is(svg.querySelector("title")!.textContent, "2 values, 1 to 2, last 2");
});

test.run();
