import { test } from "uvu";
import * as assert from "uvu/assert";
import { byRole, fieldset, labelled, render } from "../helpers.ts";

const help = (root: HTMLElement, control: Element) => {
  const id = control.getAttribute("aria-describedby");
  assert.ok(id, "the control has aria-describedby");
  return root.querySelector(`#${id}`)?.textContent?.trim();
};

test("the node wrapper carries the DOM id, kind and index", () => {
  const root = render({ newElement: { text: { body: "x" } } }, [0, 2, 7]);
  const w = root.firstElementChild!;
  assert.is(w.id, "sl-0-2-7");
  assert.ok(w.classList.contains("sl-el") && w.classList.contains("sl-el-text"));
  assert.is(w.getAttribute("data-i"), "7");
});

test("a text input is labelled, named by its widget id, and its help is linked", () => {
  const root = render({ newElement: { textInput: { id: "w-name", label: "Your name", value: "Ada", help: "First name only", maxChars: 10 } } });
  const input = labelled(root, "Your name") as HTMLInputElement;
  assert.is(input.tagName, "INPUT");
  assert.is(input.getAttribute("type"), "text");
  assert.is(input.getAttribute("name"), "w-name");
  assert.is(input.getAttribute("value"), "Ada");
  assert.is(input.getAttribute("maxlength"), "10");
  assert.is(help(root, input), "First name only");
});

test("a password input has type=password", () => {
  const root = render({ newElement: { textInput: { id: "p", label: "Secret", type: 1 } } });
  assert.is(labelled(root, "Secret").getAttribute("type"), "password");
});

test("a text area and a number input are labelled controls", () => {
  const area = render({ newElement: { textArea: { id: "a", label: "Notes", value: "hi" } } });
  const ta = labelled(area, "Notes");
  assert.is(ta.tagName, "TEXTAREA");
  assert.is(ta.textContent, "hi");
  const num = render({ newElement: { numberInput: { id: "n", label: "Count", value: 3, hasMin: true, min: 0, hasMax: true, max: 9, step: 1 } } });
  const input = labelled(num, "Count");
  assert.is(input.getAttribute("type"), "number");
  assert.is(input.getAttribute("min"), "0");
  assert.is(input.getAttribute("max"), "9");
  assert.is(byRole(num, "spinbutton").length, 1);
});

test("a widget without help has no dangling aria-describedby", () => {
  const root = render({ newElement: { textInput: { id: "t", label: "Plain" } } });
  assert.is(labelled(root, "Plain").getAttribute("aria-describedby"), null);
});

test("a collapsed label is still a programmatic label", () => {
  const root = render({ newElement: { textInput: { id: "t", label: "Hidden label", labelVisibility: { value: 2 } } } });
  const input = labelled(root, "Hidden label");
  assert.is(input.getAttribute("name"), "t");
});

test("a checkbox is labelled and posts 0 when unchecked, 1 when checked", () => {
  const root = render({ newElement: { checkbox: { id: "c", label: "Show details", value: true, help: "More text" } } });
  const box = labelled(root, "Show details") as HTMLInputElement;
  assert.is(box.getAttribute("type"), "checkbox");
  assert.ok(box.hasAttribute("checked"));
  assert.is(box.getAttribute("role"), null);
  assert.is(help(root, box), "More text");
  const fields = [...root.querySelectorAll('input[name="c"]')].map((i) => i.getAttribute("value"));
  assert.equal(fields, ["0", "1"], "the hidden 0 comes first so a checked box's 1 wins");
});

test("a toggle is a checkbox with role=switch", () => {
  const root = render({ newElement: { checkbox: { id: "t", label: "Dark mode", type: 1, value: false } } });
  const sw = byRole(root, "switch");
  assert.is(sw.length, 1);
  assert.is(labelled(root, "Dark mode"), sw[0]);
  assert.not.ok(sw[0]!.hasAttribute("checked"));
});

test("radio buttons are a fieldset with a legend, each option labelled", () => {
  const root = render({ newElement: { radio: { id: "r", label: "Unit", options: ["Celsius", "Fahrenheit"], value: 1, help: "Pick one" } } }, [0, 4]);
  const fs = fieldset(root, "Unit");
  assert.is(help(root, fs), "Pick one");
  const radios = byRole(fs, "radio") as HTMLInputElement[];
  assert.is(radios.length, 2);
  assert.is(labelled(fs, "Celsius"), radios[0]);
  assert.is(labelled(fs, "Fahrenheit"), radios[1]);
  assert.ok(radios.every((r) => r.getAttribute("name") === "r"));
  assert.equal(radios.map((r) => r.hasAttribute("checked")), [false, true]);
});

test("a selectbox is a labelled <select>; the chosen option is selected", () => {
  const root = render({ newElement: { selectbox: { id: "s", label: "City", options: ["Oslo", "Lima"], value: 1 } } });
  const sel = labelled(root, "City");
  assert.is(byRole(root, "combobox")[0], sel);
  const opts = [...sel.querySelectorAll("option")];
  assert.equal(opts.map((o) => o.textContent), ["Oslo", "Lima"]);
  assert.equal(opts.map((o) => o.hasAttribute("selected")), [false, true]);
});

test("a selectbox with no value offers an empty placeholder option", () => {
  const root = render({ newElement: { selectbox: { id: "s", label: "City", options: ["Oslo"], placeholder: "Choose" } } });
  const first = labelled(root, "City").querySelector("option")!;
  assert.is(first.getAttribute("value"), "");
  assert.is(first.textContent, "Choose");
});

test("a slider is a labelled range input with its formatted value", () => {
  const root = render({ newElement: { slider: { id: "s", label: "Pick a number", min: 0, max: 100, step: 5, value: [50], format: "%d", help: "0 to 100" } } });
  const input = labelled(root, "Pick a number");
  assert.is(input.getAttribute("type"), "range");
  assert.equal(["min", "max", "step", "value", "name"].map((a) => input.getAttribute(a)), ["0", "100", "5", "50", "s"]);
  assert.is(input.getAttribute("aria-valuetext"), "50");
  assert.is(help(root, input), "0 to 100");
  assert.is(root.querySelector("output")!.textContent, "50");
});

test("a range slider is a fieldset of two labelled inputs under one name", () => {
  const root = render({ newElement: { slider: { id: "r", label: "Price range", min: 0, max: 10, step: 0.5, value: [2, 7.5], format: "%.1f", help: "h" } } });
  const fs = fieldset(root, "Price range");
  assert.is(help(root, fs), "h");
  const lo = labelled(fs, "Minimum");
  const hi = labelled(fs, "Maximum");
  assert.equal([lo.getAttribute("value"), hi.getAttribute("value")], ["2", "7.5"]);
  assert.equal([lo.getAttribute("aria-valuetext"), hi.getAttribute("aria-valuetext")], ["2.0", "7.5"]);
  assert.ok(lo.getAttribute("name") === "r" && hi.getAttribute("name") === "r");
  assert.is.not(lo.id, hi.id);
});

test("a button is a submit button named by its widget id, with its help", () => {
  const root = render({ newElement: { button: { id: "b1", label: "Click me", type: "primary", help: "Counts" } } });
  const [btn] = byRole(root, "button");
  assert.is(btn!.textContent!.trim(), "Click me");
  assert.is(btn!.getAttribute("type"), "submit");
  assert.is(btn!.getAttribute("name"), "b1");
  assert.is(help(root, btn!), "Counts");
});

test("every widget on a page has a unique id for its control", () => {
  const a = render({ newElement: { textInput: { id: "a", label: "A" } } }, [0, 1]);
  const b = render({ newElement: { textInput: { id: "b", label: "B" } } }, [0, 2]);
  assert.is.not(labelled(a, "A").id, labelled(b, "B").id);
});

test("a widget's controls take their ids from its widget id, not its path; a value set by the app is marked", () => {
  const box = (path: number[], setValue = false) => render({ newElement: { checkbox: { id: "$$ID-abc-k", label: "Agree", setValue } } }, path);
  const [a, b] = [box([0, 1]), box([0, 7, 2])];
  const idOf = (root: HTMLElement) => root.querySelector("input[type=checkbox]")!.id;
  assert.is(idOf(a), idOf(b), "the same widget has the same control ids wherever it stands");
  assert.not.match(idOf(a), /sl-0-/);
  assert.ok(a.querySelector("#sl-0-1"), "the wrapper keeps its path id (patches target it)");
  assert.is(labelled(a, "Agree"), a.querySelector("input[type=checkbox]"));
  assert.not.ok(a.querySelector("[data-set]"));
  assert.ok(box([0, 1], true).querySelector("#sl-0-1[data-set]"), "the app set its value through session state");
  const other = render({ newElement: { checkbox: { id: "$$ID-def-None", label: "Agree" } } }, [0, 1]);
  assert.is.not(idOf(other), idOf(a), "another widget at the same path has other ids");
});

test.run();
