/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// A tree node as HTML: the wrapper carrying the node's DOM id and index, around its element or block template.
import type { Child } from "hono/jsx";
import { domId, slotId } from "../src/tree/path.ts";
import { blockTemplates, elementTemplates } from "./registry.ts";

export interface NodeInput {
  path: readonly number[];
  delta: "element" | "block";
  type: string;
  message: any;
}

export function Node({ node, children }: { node: NodeInput; children?: Child }) {
  const id = domId(node.path);
  const index = String(node.path[node.path.length - 1]);
  if (node.delta === "block") {
    const Template = blockTemplates[node.type];
    const block = node.message[node.type] ?? {};
    return (
      <div id={id} class={"sl-block sl-block-" + node.type} data-i={index}>
        {Template ? <Template block={block} id={id} slot={slotId(node.path)}>{children}</Template> : null}
      </div>
    );
  }
  const Template = elementTemplates[node.type];
  const el = node.message[node.type] ?? {};
  return (
    <div id={id} class={"sl-el sl-el-" + node.type} data-i={index}>
      {Template ? <Template el={el} id={id} /> : <p>Unknown element “{node.type}”</p>}
    </div>
  );
}

/** Renders JSX to a string; templates are synchronous, so this never awaits. */
export function toHtml(jsx: unknown): string {
  const out = (jsx as { toString(): string | Promise<string> }).toString();
  if (typeof out !== "string") throw new Error("sluice templates must be synchronous");
  return out;
}
