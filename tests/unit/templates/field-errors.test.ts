// A widget showing an error (GOV.UK): hint with the limits, "Error: …", aria-invalid and aria-describedby on the
// control, the entered text kept; a password never rendered back; the no-JS error summary.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import { renderRoots } from "../../../templates/tree.tsx";
import { render } from "../helpers.ts";
import { ErrorSummary, errorItems } from "../../../templates/error-summary.tsx";
import { toHtml } from "../../../templates/node.tsx";
import { snapshot } from "../../../src/diff/diff.ts";
import { session } from "../session/helpers.ts";

const error = { message: "Quantity must be between 0 and 100", hint: "A whole number between 0 and 100", entered: ["200"] };

/** The ids an element's aria-describedby names, resolved to their text. */
const described = (root: HTMLElement, el: Element) =>
  (el.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean).map((id) => root.querySelector(`[id="${id}"]`)!.textContent!.replace(/\s+/g, " ").trim());

test("a number input with an error: aria-invalid, the hint and the error described, the entered text kept", () => {
  const root = render({ newElement: { numberInput: { id: "w", label: "Quantity", value: 5, hasMin: true, hasMax: true, max: 100, help: "How many", error } } });
  const input = root.querySelector("input[type=number]")!;
  assert.is(input.getAttribute("aria-invalid"), "true");
  assert.is(input.getAttribute("value"), "200");
  assert.equal(described(root, input), ["A whole number between 0 and 100", "Error: Quantity must be between 0 and 100", "How many"]);
  assert.ok(root.querySelector(".sl-invalid"), "the widget is marked for its red edge");
  const msg = root.querySelector(".sl-error-message")!;
  assert.ok(msg.compareDocumentPosition(input) & 4, "the message comes before the control (GOV.UK order)");
});

test("without an error nothing of it is rendered", () => {
  const root = render({ newElement: { numberInput: { id: "w", label: "Quantity", value: 5 } } });
  const input = root.querySelector("input[type=number]")!;
  assert.is(input.getAttribute("aria-invalid"), null);
  assert.is(input.getAttribute("aria-describedby"), null);
  assert.is(input.getAttribute("value"), "5");
  assert.is(root.querySelector(".sl-error-message, .sl-hint, .sl-invalid"), null);
});

test("every widget kind shows its error, described from its control or its fieldset", () => {
  const e = { message: "Bad", hint: "", entered: ["x"] };
  const cases: [string, object, string][] = [
    ["textInput", { textInput: { id: "w", label: "L", value: "ok", error: e } }, "input[type=text]"],
    ["textArea", { textArea: { id: "w", label: "L", value: "ok", error: e } }, "textarea"],
    ["selectbox", { selectbox: { id: "w", label: "L", options: ["a"], value: 0, error: e } }, "select"],
    ["multiselect", { multiselect: { id: "w", label: "L", options: ["a", "b"], value: [], error: e } }, "[aria-describedby]"],
    ["checkbox", { checkbox: { id: "w", label: "L", error: e } }, "input[type=checkbox]"],
    ["slider", { slider: { id: "w", label: "L", min: 0, max: 10, step: 1, value: [3], error: e } }, "input[type=range]"],
    ["range slider", { slider: { id: "w", label: "L", min: 0, max: 10, step: 1, value: [3, 4], error: e } }, "fieldset"],
    ["radio", { radio: { id: "w", label: "L", options: ["a"], value: 0, error: e } }, "fieldset"],
  ];
  for (const [kind, el, selector] of cases) {
    const root = render({ newElement: el as any });
    const control = root.querySelector(selector)!;
    assert.ok(control, `${kind}: ${selector}`);
    assert.ok(described(root, control).includes("Error: Bad"), `${kind}: the error is described`);
    if (!selector.startsWith("fieldset") && kind !== "multiselect") assert.is(control.getAttribute("aria-invalid"), "true", kind);
  }
  const text = render({ newElement: { textInput: { id: "w", label: "L", value: "ok", error: e } } });
  assert.is(text.querySelector("input")!.getAttribute("value"), "x", "a text input keeps the refused text");
});

test("the entered text, the message and the hint are escaped (the entered text is whatever was posted)", () => {
  const evil = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
  const e = { message: evil, hint: evil, entered: [evil] };
  for (const el of [{ textInput: { id: "w", label: "L", error: e } }, { textArea: { id: "w", label: "L", error: e } }, { numberInput: { id: "w", label: "L", error: e } }]) {
    const root = render({ newElement: el as any });
    assert.is(root.querySelectorAll("script, img, [onerror]").length, 0);
    assert.ok(root.querySelector(".sl-error-message")!.textContent!.includes("<script>"), "shown as text");
  }
  const input = render({ newElement: { textInput: { id: "w", label: "L", error: e } } }).querySelector("input")!;
  assert.is(input.getAttribute("value"), evil, "kept as the field's value, as text");
});

test("a password input never renders a value, nor the refused text", () => {
  const root = render({ newElement: { textInput: { id: "w", label: "PIN", type: 1, value: "s3cret", error: { message: "PIN must be 4 characters or fewer", entered: ["longsecret"] } } } });
  const input = root.querySelector("input[type=password]")!;
  assert.is(input.getAttribute("value"), "");
  assert.not.ok(root.outerHTML.includes("s3cret"));
  assert.not.ok(root.outerHTML.includes("longsecret"));
});

test("st.textInput of type password keeps its value on the server only: the element message has none", async () => {
  const s = session((st: any) => st.textInput("Password", { type: "password" }));
  await s.rerun({ widgetStates: null });
  const id = [...s.state.registry.keys()][0]!;
  await s.rerun({ widgetStates: [{ id, stringValue: "hunter2" }] });
  assert.is(s.state.widgetValues.get(id), "hunter2");
  const el = snapshot(s.tree)[0]!.message as any;
  assert.not.ok(el.textInput.value, "the tree (and so every event and page) has no trace of it");
});

test("the error summary: 'There is a problem', a link to each field's control, in page order", async () => {
  const s = session((st: any) => {
    st.numberInput("Quantity", { minValue: 0, maxValue: 100 });
    st.radio("Size", ["S", "M"]);
    st.slider("Range", { value: [2, 4] });
  });
  await s.rerun({ widgetStates: null });
  const [q, size, range] = [...s.state.registry.keys()];
  await s.rerun({
    widgetStates: [],
    widgetErrors: [q, size, range].map((id, i) => ({ id, message: `m${i}`, hint: "", entered: ["9"] })),
  });
  const items = errorItems(snapshot(s.tree));
  assert.equal(items.map((i) => i.message), ["m0", "m1", "m2"]);
  // Each link goes to a control of its widget as the page renders it (ids derive from the widget id).
  const page = parseHTML(`<html><body>${renderRoots(snapshot(s.tree))["0"]}</body></html>`).document;
  const names = [q, size, range];
  items.forEach((i, n) => assert.is(page.getElementById(i.target)?.getAttribute("name"), names[n], `link ${n} goes to its control`));
  const doc = parseHTML(`<html><body>${toHtml(ErrorSummary({ items }))}</body></html>`).document;
  const box = doc.getElementById("sl-error-summary")!;
  assert.is(box.getAttribute("tabindex"), "-1");
  assert.is(box.querySelector("h2")!.textContent!.trim(), "There is a problem");
  assert.equal([...box.querySelectorAll("a")].map((a) => a.getAttribute("href")), items.map((i) => "#" + i.target));
  assert.is(ErrorSummary({ items: [] }), null, "no errors, no summary");
});

test("a valid value clears the error; the app setting the value through session state clears it too", async () => {
  const s = session((st: any) => st.numberInput("Q", { key: "q", minValue: 0, maxValue: 9 }));
  await s.rerun({ widgetStates: null });
  const id = [...s.state.registry.keys()][0]!;
  const errored = () => (snapshot(s.tree)[0]!.message as any).numberInput.error;
  await s.rerun({ widgetStates: [], widgetErrors: [{ id, message: "Q must be between 0 and 9", entered: ["99"] }] });
  assert.is(errored().message, "Q must be between 0 and 9");
  await s.rerun({ widgetStates: null }); // an app-side rerun keeps it
  assert.ok(errored());
  await s.rerun({ widgetStates: [{ id, intValue: 0 }] }); // the same value as before, but valid: cleared
  assert.not.ok(errored());
  await s.rerun({ widgetStates: [], widgetErrors: [{ id, message: "again", entered: ["99"] }] });
  assert.ok(errored());
  s.state.proxy().q = 3;
  await s.rerun({ widgetStates: null });
  assert.not.ok(errored());
});

test.run();
