/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// A tree node as HTML: the wrapper carrying the node's DOM id (from its path: what patches target) and index, around
// its element or block template. A widget's template gets ids derived from its widget id instead, so the controls
// inside are identified by the widget they belong to, never by where it stands (see docs/architecture.md).
// `data-set` marks a widget whose value the app set through session state in this run: the browser shows it.
import type { Child } from "hono/jsx";
import { domId, slotId, widgetDomId } from "../src/tree/path.ts";
import { errorTarget } from "./parts.tsx";
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
    <div id={id} class={"sl-el sl-el-" + node.type} data-i={index} data-set={el.setValue === true ? "" : undefined}>
      {Template ? <Template el={el} id={templateId(node.path, el)} /> : <p>Unknown element “{node.type}”</p>}
    </div>
  );
}

/** The id an element's template derives its ids from: a widget's from its widget id, anything else's from its path. */
export function templateId(path: readonly number[], el: { id?: unknown }): string {
  return typeof el.id === "string" && el.id.startsWith("$$ID-") ? widgetDomId(el.id) : domId(path);
}

/**
 * The DOM id of a widget element's first control as Node renders it (what the error summary links to and a no-JS
 * Apply returns to); a button, which has no id of its own, is found by its element's wrapper.
 */
export function controlId(node: Pick<NodeInput, "path" | "type" | "message">): string {
  if (node.type === "button") return domId(node.path);
  const el = node.message[node.type] ?? {};
  return errorTarget(node.type, templateId(node.path, el), el);
}

export { toHtml } from "./to-html.ts"; // also for templates that cache HTML (map, graph), without importing this module
