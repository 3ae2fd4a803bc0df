// st.dataEditor over HTTP: a plain form post edits a cell (no JavaScript: every field of the form is posted), a
// refused cell is an error on that cell while the rest is applied, and a forged cell or row is a per-field error.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import type { St } from "../../src/elements/index.ts";
import { httpTest, openPage, parsePage, parseSse, rerun, type Client, type Page } from "./harness.ts";

const app = (st: St) => {
  const rows = st.dataEditor(
    [
      { fruit: "Apple", qty: 3, fresh: true },
      { fruit: "Pear", qty: 5, fresh: false },
    ],
    { key: "stock", numRows: "dynamic", columnConfig: { qty: { type: "number", min: 0, max: 99 } } },
  );
  st.text(`Total ${rows.reduce((n, r) => n + (r.qty ?? 0), 0)}; ${rows.map((r) => r.fruit).join(", ")}`);
  st.numberInput("Other", { value: 1 });
};
const options = () => ({ app });

/** What the browser's form posts without JavaScript: every named control's current value (no buttons). */
function formFields(doc: Document): [string, string][] {
  const out: [string, string][] = [];
  for (const el of doc.querySelectorAll("#sl-form input[name], #sl-form select[name]")) {
    const name = el.getAttribute("name")!;
    if (name === "_sluice_session" || name === "_sluice_last" || el.hasAttribute("disabled")) continue;
    if (el.tagName === "SELECT") out.push([name, el.querySelector("option[selected]")?.getAttribute("value") ?? ""]);
    else if (el.getAttribute("type") === "checkbox") el.hasAttribute("checked") && out.push([name, el.getAttribute("value") ?? "on"]);
    else out.push([name, el.getAttribute("value") ?? ""]);
  }
  return out;
}

const cell = (doc: Document, row: string, col: number) => doc.querySelector(`.sl-data-editor [name$="[${row}.${col}]"]:not([type=hidden])`)!;
const set = (fields: [string, string][], name: string, value: string) => fields.map(([k, v]): [string, string] => [k, k === name ? value : v]);

async function answer(res: Response) {
  assert.is(res.status, 200);
  const events = parseSse(await res.text());
  return parseHTML(`<html><body>${events.map((e) => e.data).join("")}</body></html>`).document as unknown as Document;
}

async function noJsPost(c: Client, page: Page, fields: [string, string][]) {
  const res = await rerun(c, page, fields, { path: "/" });
  assert.is(res.status, 303);
  const cookie = /(sluice_nojs=[0-9a-f]+)/.exec(res.headers.get("set-cookie") ?? "")![1]!;
  const shown = parsePage(await (await c.request("/", { headers: { cookie } })).text());
  return { location: res.headers.get("location")!, shown };
}

httpTest("without JavaScript: Apply posts every cell; the one changed is the edit", options, async (c) => {
  const page = await openPage(c);
  const qty = cell(page.doc, "1", 1).getAttribute("name")!;
  const { shown } = await noJsPost(c, page, set(formFields(page.doc), qty, "10"));
  assert.ok(shown.doc.body.textContent!.includes("Total 13; Apple, Pear"));
  assert.is(cell(shown.doc, "1", 1).getAttribute("value"), "10");
  const state = JSON.parse(shown.doc.querySelector(".sl-data-editor > input[type=hidden]")!.getAttribute("value")!);
  assert.equal(state, { editedRows: { "1": { qty: 10 } }, addedRows: [], deletedRows: [] });
});

httpTest("without JavaScript: Add row and Delete are form buttons", options, async (c) => {
  const page = await openPage(c);
  const add = page.doc.querySelector(".sl-editor-add")!;
  const added = await noJsPost(c, page, [...formFields(page.doc), [add.getAttribute("name")!, "1"]]);
  assert.is(added.shown.doc.querySelectorAll(".sl-data-editor tbody tr").length, 3);
  const fruit = cell(added.shown.doc, "a0", 0).getAttribute("name")!;
  const del = added.shown.doc.querySelector(".sl-editor-delete")!;
  const after = await noJsPost(c, added.shown, [...set(formFields(added.shown.doc), fruit, "Fig"), [del.getAttribute("name")!, "0"]]);
  assert.ok(after.shown.doc.body.textContent!.includes("Total 5; Pear, Fig"));
});

httpTest("a refused cell is an error on that cell; the other cells of the post are applied", options, async (c) => {
  const page = await openPage(c);
  const state = page.doc.querySelector(".sl-data-editor > input[type=hidden]")!;
  const fields: [string, string][] = [
    [state.getAttribute("name")!, state.getAttribute("value")!],
    [cell(page.doc, "0", 1).getAttribute("name")!, "lots"],
    [cell(page.doc, "1", 0).getAttribute("name")!, "Quince"],
  ];
  const doc = await answer(await rerun(c, page, fields, { last: page.lastEventId }));
  assert.ok(doc.body.textContent!.includes("Total 8; Apple, Quince"));
  const bad = cell(doc, "0", 1);
  assert.is(bad.getAttribute("aria-invalid"), "true");
  assert.is(bad.getAttribute("value"), "lots");
  const error = doc.getElementById(bad.getAttribute("aria-describedby")!.split(" ").find((d) => d.endsWith("-error"))!)!;
  assert.match(error.textContent!, /^Error:\s*qty, row 0 must be a number$/);
  assert.is(doc.querySelectorAll("[aria-invalid=true]").length, 1);
});

httpTest("a forged row, column or part is a per-field error (200), never a bad request or a 500", options, async (c) => {
  const page = await openPage(c);
  const state = page.doc.querySelector(".sl-data-editor > input[type=hidden]")!;
  const id = state.getAttribute("name")!;
  for (const part of ["9999.1", "0.77", "x", "a5.0", "-1.0"]) {
    const doc = await answer(await rerun(c, page, [[id, state.getAttribute("value")!], [`${id}[${part}]`, "1"]], { last: page.lastEventId }));
    assert.match(doc.querySelector(".sl-data-editor .sl-error-message")!.textContent!, /has no (row|cell|new row)/, part);
  }
  const forgedState = await answer(await rerun(c, page, [[id, JSON.stringify({ editedRows: { "50": { qty: 1 } } })]], { last: page.lastEventId }));
  const shown = [...forgedState.querySelectorAll(".sl-data-editor > .sl-error-message")].at(-1)!; // after the replay of what the tab missed
  assert.match(shown.textContent!, /has no row 50/);
});

httpTest("a part on a widget that takes none is an unknown widget (400)", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[`${page.nameOf("Other")}[0.1]`, "1"]], { last: page.lastEventId });
  assert.is(res.status, 400);
});

httpTest("without JavaScript a refused cell sends the page to the error summary, which links to that cell", options, async (c) => {
  const page = await openPage(c);
  const qty = cell(page.doc, "1", 1).getAttribute("name")!;
  const { location, shown } = await noJsPost(c, page, set(formFields(page.doc), qty, "500"));
  assert.match(location, /#sl-error-summary$/);
  const link = shown.doc.querySelector("#sl-error-summary a")!;
  assert.match(link.textContent!, /qty, row 1 must be between 0 and 99/);
  assert.is(link.getAttribute("href"), "#" + cell(shown.doc, "1", 1).getAttribute("id"));
});

test.run();
