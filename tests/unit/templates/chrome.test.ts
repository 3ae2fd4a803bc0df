// Page chrome and the accessibility details issue 5 §5 asked for, checked in the templates' HTML: the multiselect's
// two views, the sidebar toggle, the running indicator, the second Apply button, slider outputs, autocomplete.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { byRole, fieldset, labelled, parsePage, render } from "../helpers.ts";
import { Body, faviconHref } from "../../../templates/page.tsx";
import { toHtml } from "../../../templates/node.tsx";

const ms = (extra: Record<string, unknown> = {}) =>
  render({ newElement: { multiselect: { id: "m", label: "Fruits", options: ["apple", "banana", "cherry"], value: [2, 0], ...extra } } });

test("a multiselect without scripts is a fieldset of checkboxes posting option indices; a hidden '' keeps an empty selection posting", () => {
  const root = ms();
  const fs = fieldset(root, "Fruits");
  const boxes = [...fs.querySelectorAll("input[type=checkbox]")];
  assert.equal(boxes.map((b) => [b.getAttribute("name"), b.getAttribute("value"), b.hasAttribute("checked")]), [
    ["m", "0", true],
    ["m", "1", false],
    ["m", "2", true],
  ]);
  assert.is(labelled(fs, "banana"), boxes[1]);
  assert.ok(fs.querySelector('input[type=hidden][name="m"][value=""]'));
  assert.is(root.querySelector("select"), null, "no native <select multiple>");
});

test("a multiselect with scripts is a combobox with a multi-select listbox and chips in selection order", () => {
  const root = ms();
  const combo = labelled(root, "Fruits");
  assert.is(combo.getAttribute("role"), "combobox");
  assert.is(combo.getAttribute("name"), null, "the filter text is never posted");
  assert.is(combo.getAttribute("aria-expanded"), "false");
  const list = root.querySelector(`#${combo.getAttribute("aria-controls")}`)!;
  assert.is(list.getAttribute("role"), "listbox");
  assert.is(list.getAttribute("aria-multiselectable"), "true");
  assert.ok(list.hasAttribute("hidden"));
  assert.equal([...list.querySelectorAll("[role=option]")].map((o) => o.getAttribute("aria-selected")), ["true", "false", "true"]);
  const chips = [...root.querySelectorAll(".sl-chip")];
  assert.equal(chips.map((c) => c.getAttribute("data-v")), ["2", "0"], "chips keep selection order");
  assert.equal(chips.map((c) => c.querySelector("button")!.getAttribute("aria-label")), ["Remove cherry", "Remove apple"]);
  for (const b of root.querySelectorAll(".sl-chip button")) assert.is(b.getAttribute("type"), "button", "removing a chip does not submit");
});

test("maxSelections is stated in the hint, linked from both views, and full listboxes disable the rest", () => {
  const root = ms({ maxSelections: 2, help: "Pick fruit" });
  const combo = labelled(root, "Fruits");
  const ids = combo.getAttribute("aria-describedby")!.split(" ");
  assert.equal(ids.map((id) => root.querySelector(`#${id}`)!.textContent!.trim()), ["Choose up to 2", "Pick fruit"]);
  assert.is(fieldset(root, "Fruits").getAttribute("aria-describedby"), combo.getAttribute("aria-describedby"));
  assert.equal([...root.querySelectorAll("[role=option]")].map((o) => o.getAttribute("aria-disabled")), [null, "true", null]);
  assert.not.ok(ms().textContent!.includes("Choose up to"), "no limit, no hint");
});

test("collapsed labels stay programmatic labels (visually hidden, not display:none)", () => {
  const collapsed = { labelVisibility: { value: 2 } };
  for (const [kind, el] of [
    ["textInput", { id: "t", label: "L" }],
    ["selectbox", { id: "s", label: "L", options: ["a"] }],
    ["checkbox", { id: "c", label: "L" }],
  ] as const) {
    const root = render({ newElement: { [kind]: { ...el, ...collapsed } } });
    const label = [...root.querySelectorAll("label")].find((l) => l.textContent!.trim() === "L")!;
    assert.ok(label.classList.contains("sl-visually-hidden"), kind);
    assert.ok(labelled(root, "L"), kind);
  }
  const radio = render({ newElement: { radio: { id: "r", label: "L", options: ["a"], ...collapsed } } });
  assert.ok(fieldset(radio, "L").querySelector("legend")!.classList.contains("sl-visually-hidden"));
});

test("slider outputs are not live regions (no re-announcement on every rerun)", () => {
  const one = render({ newElement: { slider: { id: "s", label: "N", min: 0, max: 9, step: 1, value: [3] } } });
  const two = render({ newElement: { slider: { id: "r", label: "R", min: 0, max: 9, step: 1, value: [2, 5] } } });
  const outputs = [...one.querySelectorAll("output"), ...two.querySelectorAll("output")];
  assert.is(outputs.length, 3);
  for (const o of outputs) assert.is(o.getAttribute("aria-live"), "off");
});

test("a text input leaves autocomplete to the browser unless the app sets it; passwords say current-password", () => {
  assert.is(labelled(render({ newElement: { textInput: { id: "t", label: "Name" } } }), "Name").getAttribute("autocomplete"), null);
  assert.is(labelled(render({ newElement: { textInput: { id: "t", label: "Email", autocomplete: "email" } } }), "Email").getAttribute("autocomplete"), "email");
  assert.is(labelled(render({ newElement: { textInput: { id: "t", label: "P", type: 1 } } }), "P").getAttribute("autocomplete"), "current-password");
  assert.is(labelled(render({ newElement: { textArea: { id: "a", label: "Bio" } } }), "Bio").getAttribute("autocomplete"), null);
});

const page = () => parsePage(`<!doctype html><html>${toHtml(Body({ sessionId: "a".repeat(32), lastEventId: 0, roots: { "0": "", "1": "<p>side</p>", "2": "", "3": "" }, stream: false }))}</html>`);

test("the sidebar toggle is a button controlling the sidebar, outside the swapped roots", () => {
  const doc = page();
  const t = doc.getElementById("sl-sidebar-toggle")!;
  assert.is(t.tagName, "BUTTON");
  assert.is(t.getAttribute("type"), "button", "it never submits the form");
  assert.is(t.getAttribute("aria-controls"), "sl-1");
  assert.is(doc.getElementById("sl-1")!.tagName, "ASIDE");
  for (const root of doc.querySelectorAll(".sl-root")) assert.not.ok(root.contains(t));
  assert.is(t.textContent!.trim(), "Sidebar");
});

test("Apply also ends the form, and the first submit button is still Apply", () => {
  const doc = page();
  const form = doc.getElementById("sl-form")!;
  const submits = [...form.querySelectorAll("button[type=submit]")];
  assert.is(submits[0]!.textContent!.trim(), "Apply");
  const last = submits[submits.length - 1]!;
  assert.is(last.textContent!.trim(), "Apply");
  assert.not.ok(submits[0] === last);
  const content = doc.getElementById("sl-0-c")!;
  assert.ok(content.compareDocumentPosition(last) & 4 && !content.contains(last), "after the main content, outside the swapped root");
});

test("the running indicator is page chrome hidden from assistive technology (the live region speaks)", () => {
  const doc = page();
  const run = doc.getElementById("sl-run")!;
  assert.is(run.getAttribute("aria-hidden"), "true");
  assert.ok(run.textContent!.includes("Running…"));
  assert.not.ok(doc.getElementById("sl-form")!.contains(run));
});

test("an emoji favicon names emoji fonts, so it renders", () => {
  const svg = decodeURIComponent(faviconHref("🐍"));
  assert.match(svg, "Noto Color Emoji");
  assert.match(svg, "🐍");
  assert.is(faviconHref("/icon.png"), "/icon.png");
});

test("the multiselect has exactly one listbox: the combobox's popup", () => {
  const lists = byRole(ms(), "listbox");
  assert.is(lists.length, 1);
  assert.is(lists[0]!.tagName, "UL");
});

test.run();
