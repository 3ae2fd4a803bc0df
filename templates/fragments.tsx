/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// Patches → the HTML of one SSE message: swaps htmx 4 applies by itself. A node that the browser has is morphed
// in place (focus, caret and open state survive); a new node is upserted into its parent's slot at its index
// (idempotent, so a replayed message does no harm); a stale node is deleted; streamed text is appended to its
// element (st.writeStream: only the new text, escaped). Pure.
import type { AppendPatch, Patch, UpsertPatch } from "../src/diff/diff.ts";
import { domId, isWithin, parentKey, parsePathKey, slotId } from "../src/tree/path.ts";
import { raw } from "hono/html";
import { Node, toHtml } from "./node.tsx";

interface Nested {
  patch: UpsertPatch;
  children: Nested[];
}

/** Renders a node and the new children written into it in the same batch. */
function renderNested(n: Nested): string {
  const inner = n.children.length ? n.children.map(renderNested).join("") : undefined;
  return toHtml(<Node node={n.patch}>{inner ? raw(inner) : null}</Node>);
}

/** One message's HTML for a batch of patches, in the order they were made. */
export function renderPatches(patches: readonly Patch[]): string {
  const upserts = new Map<string, Nested>();
  const order: Nested[] = [];
  const removes: string[] = [];
  const appends = new Map<string, AppendPatch>();
  for (const p of patches) {
    if (p.op === "append") {
      const up = upserts.get(p.key);
      const prev = appends.get(p.key);
      // A node rendered in this message already gets the text in its HTML; appends to one node are joined.
      if (up) up.patch = { ...up.patch, message: withText(up.patch.message, p.text) };
      else appends.set(p.key, prev ? { ...prev, text: prev.text + p.text } : p);
      continue;
    }
    appends.delete(p.key); // a rewrite or a removal supersedes what was appended before it
    if (p.op === "remove") {
      if (!upserts.delete(p.key)) removes.push(p.key);
      continue;
    }
    const prev = upserts.get(p.key);
    if (prev) {
      prev.patch = { ...p, existed: prev.patch.existed };
      prev.children = [];
      // The rewrite replaced the node's subtree (the tree dropped its descendants): so do its earlier children here.
      for (const k of [...upserts.keys()]) if (k.startsWith(p.key + ".")) upserts.delete(k);
      continue;
    }
    const n: Nested = { patch: p, children: [] };
    upserts.set(p.key, n);
    order.push(n);
  }
  let html = "";
  for (const n of order) {
    if (upserts.get(n.patch.key) !== n) continue;
    const parent = upserts.get(parentKey(n.patch.key));
    // The parent is (re)rendered in this message: nest the child in it (htmx resolves targets before swapping).
    if (parent && parent.patch.delta === "block") parent.children.push(n);
  }
  for (const n of order) {
    if (upserts.get(n.patch.key) !== n) continue;
    const parent = upserts.get(parentKey(n.patch.key));
    if (parent && parent.patch.delta === "block") continue;
    html += n.patch.existed
      ? `<hx-partial hx-target="#${domId(n.patch.path)}" hx-swap="outerMorph">${renderNested(n)}</hx-partial>`
      : `<hx-upsert hx-target="#${slotId(parsePathKey(parentKey(n.patch.key)))}" key="data-i" sort>${renderNested(n)}</hx-upsert>`;
  }
  for (const a of appends.values()) {
    if ([...upserts.keys(), ...removes].some((k) => isWithin(a.key, k))) continue; // its node is re-sent or gone
    html += `<hx-partial hx-target="#${streamTextId(a.path)}" hx-swap="beforeend">${escapeText(a.text)}</hx-partial>`;
  }
  for (const key of removes) html += `<hx-partial hx-target="#${domId(parsePathKey(key))}" hx-swap="delete"></hx-partial>`;
  return html;
}

/** The id of the text a streaming Markdown element shows (templates/elements/markdown.tsx), what appends target. */
export const streamTextId = (path: readonly number[]): string => domId(path) + "-t";

const escapeText = (s: string): string => s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

/** A Markdown element message with `text` appended to its body. */
function withText(message: UpsertPatch["message"], text: string): UpsertPatch["message"] {
  const md = (message as { markdown?: { body?: string | null } }).markdown;
  return md ? { ...message, markdown: { ...md, body: (md.body ?? "") + text } } : message;
}
