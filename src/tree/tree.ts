// The delta-path tree a session holds: per path, the node's kind, fingerprint and encoded message, stamped with
// the run that last wrote it. No HTML is kept; the encoded proto lets a full refresh re-render any node.
import { parentKey, parsePathKey, isWithin } from "./path.ts";
import type { Blob } from "./blobs.ts";

export interface TreeNode {
  /** "element" for Delta.new_element, "block" for Delta.add_block. */
  readonly delta: "element" | "block";
  /** The oneof member: "slider", "markdown", "expandable", … */
  readonly type: string;
  /** Hash of the encoded message: equal fingerprints render equal HTML. */
  readonly fp: number;
  /** The encoded Element or Block message, packed one byte per character (util/bytes.ts: far less heap). */
  readonly encoded: string;
  /** Big byte fields taken out of `encoded`, shared by every session that shows the same bytes (tree/blobs.ts). */
  readonly blobs?: readonly Blob[];
  /** Structural hash of the message last written here (util/hash.ts hashValue): equal data, so nothing to encode. */
  quick?: number;
  /** Id of the run that last wrote (or confirmed) this node. */
  runId: number;
  /** Fragment that wrote it, if any (for fragment-scoped pruning later). */
  fragmentId?: string;
}

export class Tree {
  readonly nodes = new Map<string, TreeNode>();

  get(key: string): TreeNode | undefined {
    return this.nodes.get(key);
  }

  set(key: string, node: TreeNode): void {
    this.nodes.set(key, node);
  }

  /** Removes every node strictly below `key`. */
  dropDescendants(key: string): void {
    const prefix = key + ".";
    for (const k of this.nodes.keys()) if (k.startsWith(prefix)) this.nodes.delete(k);
  }

  /** Removes `key` and everything below it. */
  delete(key: string): void {
    this.nodes.delete(key);
    this.dropDescendants(key);
  }

  /** Keys of the direct children of `key` (a root is "0".."3"), in index order. */
  children(key: string): string[] {
    const depth = key === "" ? 1 : key.split(".").length + 1;
    const out: string[] = [];
    for (const k of this.nodes.keys()) {
      if (parentKey(k) === key && k.split(".").length === depth) out.push(k);
    }
    return out.sort((a, b) => last(a) - last(b));
  }

  /** True when the node (or root, "0".."3") has at least one child. */
  hasChildren(key: string): boolean {
    const prefix = key + ".";
    for (const k of this.nodes.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** Every key within `ancestor` (itself included). */
  *within(ancestor: string): Iterable<string> {
    for (const k of this.nodes.keys()) if (isWithin(k, ancestor)) yield k;
  }

  get size(): number {
    return this.nodes.size;
  }
}

const last = (key: string): number => {
  const p = parsePathKey(key);
  return p[p.length - 1]!;
};

/**
 * Estimated bytes a session holds, for the store's memory budget: its tree's encoded messages (most of a heavy app's
 * memory, outside the V8 heap) and its event log, plus a fixed share for the runner and state. Fitted to heap +
 * external after GC over 1,000 sessions of examples/{hello,text,widgets}.ts: ~8 KiB per session, ~300 bytes per tree
 * node plus its encoded message, ~2.4 KiB per registered widget (definition, codec, value).
 */
export function estimateBytes(tree: Tree, logBytes: number, widgets: number): number {
  let n = 8192 + logBytes + 2400 * widgets;
  for (const node of tree.nodes.values()) n += 300 + node.encoded.length; // one byte per character
  return n;
}
