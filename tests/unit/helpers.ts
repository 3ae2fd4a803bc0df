// Shared test helpers for the unit suites: delta builders, a tree fed by them, and HTML parsed with linkedom.
import { parseHTML } from "linkedom";
import type { sluice } from "../../src/gen/proto.js";
import { applyDelta, type UpsertPatch } from "../../src/diff/diff.ts";
import { Tree } from "../../src/tree/tree.ts";

export const text = (body: string): sluice.IDelta => ({ newElement: { text: { body } } });
export const md = (body: string, allowHtml = false): sluice.IDelta => ({ newElement: { markdown: { body, allowHtml } } });
export const vertical = (border = false): sluice.IDelta => ({ addBlock: { vertical: { border } } });
export const expander = (label: string, expanded = false): sluice.IDelta => ({ addBlock: { expandable: { label, expanded } } });
export const inFragment = (d: sluice.IDelta, fragmentId: string): sluice.IDelta => ({ ...d, fragmentId });

/** Writes `[path, delta]` pairs as one run and returns the patches that came out (nulls dropped). */
export function run(tree: Tree, runId: number, writes: [number[], sluice.IDelta][]): UpsertPatch[] {
  const out: UpsertPatch[] = [];
  for (const [path, d] of writes) {
    const p = applyDelta(tree, path, d, runId);
    if (p) out.push(p);
  }
  return out;
}

export const newTree = () => new Tree();

/** Parses an HTML fragment inside a <div>; returns that div. */
export function parse(html: string): HTMLElement {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById("root") as unknown as HTMLElement;
}

/** Parses a whole page. */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The control a label names: label[for] → #id. */
export function labelled(root: ParentNode, labelText: string): HTMLElement {
  const label = [...root.querySelectorAll("label")].find((l) => l.textContent?.trim() === labelText);
  if (!label) throw new Error(`no <label> "${labelText}"`);
  const id = label.getAttribute("for");
  if (!id) throw new Error(`<label> "${labelText}" has no for=`);
  const control = root.querySelector(`#${CSS_escape(id)}`);
  if (!control) throw new Error(`<label> "${labelText}" points at missing #${id}`);
  return control as HTMLElement;
}

/** The fieldset whose legend reads `legendText`. */
export function fieldset(root: ParentNode, legendText: string): HTMLFieldSetElement {
  const legend = [...root.querySelectorAll("fieldset > legend")].find((l) => l.textContent?.trim() === legendText);
  if (!legend) throw new Error(`no fieldset with legend "${legendText}"`);
  return legend.parentElement as HTMLFieldSetElement;
}

/** Elements with an explicit or implicit role (the subset the templates use). */
export function byRole(root: ParentNode, role: string): Element[] {
  const implicit: Record<string, string> = { group: "fieldset", separator: "hr", heading: "h1,h2,h3,h4,h5,h6", link: "a[href]", button: "button", checkbox: "input[type=checkbox]:not([role])", radio: "input[type=radio]", slider: "input[type=range]", combobox: "select:not([multiple])", listbox: "select[multiple]", textbox: "input[type=text],textarea", spinbutton: "input[type=number]", status: "output" };
  const sel = `[role="${role}"]` + (implicit[role] ? "," + implicit[role] : "");
  return [...root.querySelectorAll(sel)];
}

const CSS_escape = (id: string) => id.replace(/([^a-zA-Z0-9_-])/g, "\\$1");

import { Node, toHtml } from "../../templates/node.tsx";
import { typeOf } from "../../src/diff/diff.ts";

/** Renders one node (element or block) at `path` with its template and parses the result. */
export function render(d: sluice.IDelta, path: number[] = [0, 0]): HTMLElement {
  const message = (d.addBlock ?? d.newElement)!;
  const html = toHtml(Node({ node: { path, delta: d.addBlock ? "block" : "element", type: typeOf(message)!, message } }));
  return parse(html);
}
