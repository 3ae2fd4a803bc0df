// The data editor's HTML: a table of typed inputs in a focusable scroll region, each input named by its column and
// row headers, read-only cells as text, a refused cell GOV.UK style, and the add/delete form buttons.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/elements/index.ts";
import { snapshot } from "../../../src/diff/diff.ts";
import { Node, toHtml, controlId } from "../../../templates/node.tsx";
import { errorItems } from "../../../templates/error-summary.tsx";
import { parse } from "../helpers.ts";

const data = () => [
  { item: "Pen", qty: 3, price: 1.5, ok: true, size: "S", when: new Date("2024-03-01T00:00:00Z") },
  { item: "Ink", qty: 0, price: 12, ok: false, size: "M", when: new Date("2024-03-02T00:00:00Z") },
];

async function page(options: Record<string, unknown> = {}, edit?: (at: AppTest) => void) {
  const at = AppTest.fromFunction((st: St) => void st.dataEditor(data(), { key: "ed", ...options }));
  await at.run();
  if (edit) {
    edit(at);
    await at.run();
  }
  const node = snapshot(at.tree).find((p) => p.type === "dataEditor")!;
  return { root: parse(toHtml(Node({ node }))), node, at };
}

/** An element's accessible name from aria-labelledby (text of the named elements, joined by spaces). */
const nameOf = (root: HTMLElement, el: Element) =>
  (el.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => root.querySelector(`[id="${id}"]`)!.textContent!.trim()).join(" ");

test("a table in its own focusable, named scroll region, with column and row headers", async () => {
  const { root } = await page({ label: "Stock" });
  const region = root.querySelector("[role=region]")!;
  assert.is(region.getAttribute("tabindex"), "0");
  assert.is(root.querySelector(`[id="${region.getAttribute("aria-labelledby")}"]`)!.textContent, "Stock");
  assert.is(region.querySelector("table > caption")!.textContent, "Stock");
  assert.equal([...root.querySelectorAll("thead th[scope=col] > span[id]")].map((t) => t.textContent), ["item", "qty", "price", "ok", "size", "when"]);
  assert.is(root.querySelectorAll("tbody th[scope=row]").length, 2);
});

test("every cell is a native input typed by its column, named by column and row", async () => {
  const { root } = await page({ columnConfig: { size: { type: "selectbox", options: ["S", "M", "L"] }, qty: { type: "number", minValue: 0, maxValue: 9 } } });
  const row1 = root.querySelectorAll("tbody tr")[1]!;
  const types = [...row1.querySelectorAll("td input:not([type=hidden]), td select")].map((c) => c.tagName === "SELECT" ? "select" : c.getAttribute("type"));
  assert.equal(types, ["text", "number", "number", "checkbox", "select", "date"]);
  const qty = row1.querySelector("input[type=number]")!;
  assert.equal([qty.getAttribute("min"), qty.getAttribute("max"), qty.getAttribute("step"), qty.getAttribute("value")], ["0", "9", "1", "0"]);
  assert.is(nameOf(root, qty), "qty Row 1");
  assert.is(row1.querySelector("input[type=date]")!.getAttribute("value"), "2024-03-02");
  assert.equal([...row1.querySelectorAll("select option")].map((o) => [o.getAttribute("value"), o.hasAttribute("selected")]), [["", false], ["S", false], ["M", true], ["L", false]]);
  for (const c of root.querySelectorAll("td input:not([type=hidden]), td select")) assert.ok(nameOf(root, c).length > 3, "every input has a name");
  assert.match(qty.getAttribute("name")!, /^\$\$ID-.*\[1\.1\]$/);
  assert.ok(root.querySelector("thead small.sl-hint")!.textContent!.includes("Whole number from 0 to 9"));
});

test("disabled columns and the whole editor disabled are read-only text; hideIndex hides the index visually only", async () => {
  const { root } = await page({ disabled: ["price"], hideIndex: true });
  const row0 = root.querySelector("tbody tr")!;
  assert.is(row0.querySelectorAll("td")[2]!.querySelector("input"), null);
  assert.is(row0.querySelectorAll("td")[2]!.textContent, "1.5");
  assert.ok(row0.querySelector("th.sl-index-hidden"), "the row header stays, for the labels");
  const all = await page({ disabled: true });
  assert.is(all.root.querySelectorAll("td input, td select").length, 0);
  assert.ok(all.root.querySelector("input[type=hidden][disabled]"), "the state field of a disabled editor posts nothing");
});

test("the hidden field carries the edit state the page was drawn with; edited cells show the edit", async () => {
  const { root } = await page({}, (at) => at.dataEditor[0]!.editCell(0, "item", "Pencil"));
  const state = root.querySelector(".sl-data-editor > input[type=hidden]")!;
  assert.equal(JSON.parse(state.getAttribute("value")!), { editedRows: { "0": { item: "Pencil" } }, addedRows: [], deletedRows: [] });
  assert.is(root.querySelector("tbody tr td input")!.getAttribute("value"), "Pencil");
});

test("a refused cell: aria-invalid, its message described, the entered text kept; the summary links to it", async () => {
  const { root, node } = await page({}, (at) => at.dataEditor[0]!.editCell(1, "qty", "lots"));
  const cell = root.querySelectorAll("tbody tr")[1]!.querySelector("input[type=number]")!;
  assert.is(cell.getAttribute("aria-invalid"), "true");
  assert.is(cell.getAttribute("value"), "lots");
  const described = cell.getAttribute("aria-describedby")!.split(" ").map((id) => root.querySelector(`[id="${id}"]`)!.textContent);
  assert.equal(described, ["Error: qty, row 1 must be a number"]);
  const summary = root.querySelector(".sl-data-editor > .sl-error-message")!;
  assert.match(summary.textContent!, /qty, row 1 must be a number/);
  assert.is(summary.getAttribute("id"), null, "only the cell's message has an id, so the live region says it once");
  assert.ok(root.querySelector(".sl-invalid"));
  assert.is(controlId(node), cell.getAttribute("id"));
  assert.equal(errorItems([node]).map((i) => i.target), [cell.getAttribute("id")]);
  assert.is(root.querySelectorAll("[aria-invalid]").length, 1, "only that cell");
});

test("numRows dynamic: Add row and a Delete button per row are submit buttons; added rows are labelled new", async () => {
  const fixed = await page();
  assert.is(fixed.root.querySelectorAll("button").length, 0);
  const { root } = await page({ numRows: "dynamic" }, (at) => at.dataEditor[0]!.addRow());
  const buttons = [...root.querySelectorAll("button")];
  assert.ok(buttons.every((b) => b.getAttribute("type") === "submit"));
  assert.equal(buttons.map((b) => b.textContent), ["Delete row 0", "Delete row 1", "Delete new row 1", "Add row"]);
  assert.equal(buttons.map((b) => b.getAttribute("value")), ["0", "1", "a0", "1"]);
  assert.match(buttons[0]!.getAttribute("name")!, /\[del\]$/);
  const added = root.querySelectorAll("tbody tr")[2]!;
  assert.is(nameOf(root, added.querySelector("input[type=text]")!), "item New row 1");
});

test("cell text, options and column names are escaped (the rows are built as strings)", async () => {
  const evil = '"><img src=x onerror=alert(1)>';
  const at = AppTest.fromFunction((st: St) => void st.dataEditor([{ [evil]: evil, s: "a" }], { disabled: ["s"], columnConfig: { [evil]: { type: "selectbox", options: [evil, "b"] } } }));
  await at.run();
  const root = parse(toHtml(Node({ node: snapshot(at.tree).find((p) => p.type === "dataEditor")! })));
  assert.is(root.querySelectorAll("img").length, 0);
  assert.is(root.querySelector("select option[selected]")!.getAttribute("value"), evil);
  assert.ok(root.querySelector("select")!.getAttribute("name")!.endsWith("[0.0]"), "fields are named by position, never by column name");
  assert.is(root.querySelector("thead th:nth-child(2) > span")!.textContent, evil);
});

test.run();
