/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The whole tree as HTML, for the first page and for a full refresh: snapshot patches nested by path.
import { raw } from "hono/html";
import type { UpsertPatch } from "../src/diff/diff.ts";
import { parentKey } from "../src/tree/path.ts";
import { Node, toHtml } from "./node.tsx";

/** HTML of each root's children, keyed by root ("0".."3"). */
export function renderRoots(snapshot: readonly UpsertPatch[]): Record<string, string> {
  const kids = new Map<string, UpsertPatch[]>();
  for (const p of snapshot) {
    const parent = parentKey(p.key);
    let list = kids.get(parent);
    if (!list) kids.set(parent, (list = []));
    list.push(p);
  }
  const render = (p: UpsertPatch): string => {
    const children = (kids.get(p.key) ?? []).map(render).join("");
    return toHtml(<Node node={p}>{children ? raw(children) : null}</Node>);
  };
  const out: Record<string, string> = {};
  for (const root of ["0", "1", "2", "3"]) out[root] = (kids.get(root) ?? []).map(render).join("");
  return out;
}
