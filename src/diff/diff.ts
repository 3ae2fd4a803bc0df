// The diff step: a delta against the tree's fingerprint at its path gives a patch or nothing; the end of a run
// prunes what the run did not write. Pure: no I/O, no timers. (LiveView's rule: unchanged fingerprints send
// nothing; a changed block re-sends its whole subtree, so its old descendants are forgotten here.)
import { sluice } from "../gen/proto.js";
import { packBytes, unpackBytes } from "../util/bytes.ts";
import { hashBytes, hashValue } from "../util/hash.ts";
import { pathKey, parsePathKey, ROOTS, type DeltaPath } from "../tree/path.ts";
import type { Tree, TreeNode } from "../tree/tree.ts";
import { blobsHash, putBlobs, takeBlobs, type Blob } from "../tree/blobs.ts";

export type UpsertPatch = {
  op: "upsert";
  key: string;
  path: number[];
  /** The node was already in the tree (so it is in the browser): swap it in place; otherwise insert it. */
  existed: boolean;
  delta: "element" | "block";
  type: string;
  message: sluice.IElement | sluice.IBlock;
};
export type RemovePatch = { op: "remove"; key: string; path: number[] };
/** Text added to the end of a streaming Markdown element (st.writeStream): only the new text goes out. */
export type AppendPatch = { op: "append"; key: string; path: number[]; text: string };
export type Patch = UpsertPatch | RemovePatch | AppendPatch;

/** Encodes a delta's payload (unless its data is as last run's), fingerprints it and updates the tree. Returns the patch, or null when unchanged. */
export function applyDelta(tree: Tree, path: DeltaPath, delta: sluice.IDelta, runId: number): UpsertPatch | null {
  const isBlock = delta.addBlock != null;
  const message = (isBlock ? delta.addBlock : delta.newElement)!;
  const key = pathKey(path);
  const old = tree.get(key);
  // Most nodes are unchanged from run to run: when the data is the same as last time (a structural hash, no
  // encoding), so is the encoding. Otherwise encode, and compare the fingerprints of the bytes.
  const quick = hashValue(message, isBlock ? 1 : 0);
  const forced = setByApp(message, isBlock); // sent whatever the fingerprints say (see setByApp)
  if (!forced && old && old.quick === quick && old.delta === (isBlock ? "block" : "element")) {
    old.runId = runId;
    return null;
  }
  // Big byte payloads (Arrow data) are kept once per process, not in every session's encoded node (tree/blobs.ts).
  const { message: stored, blobs } = isBlock ? { message, blobs: [] } : takeBlobs(message as Record<string, unknown>, typeOf(message) ?? "");
  const encoded = isBlock
    ? sluice.Block.encode(message as sluice.IBlock).finish()
    : sluice.Element.encode(stored as sluice.IElement).finish();
  const fp = hashBytes(encoded, isBlock ? 1 : 0) + (blobs.length ? blobsHash(blobs) : 0);
  const fragmentId = delta.fragmentId || undefined;
  if (!forced && old && old.fp === fp) {
    old.runId = runId;
    old.quick = quick;
    return null;
  }
  // A changed block, or a block replaced by anything, loses its children in the browser: forget them here too,
  // so every child this run writes is sent again.
  if (old?.delta === "block") tree.dropDescendants(key);
  const node: TreeNode = {
    delta: isBlock ? "block" : "element",
    type: typeOf(message) ?? "unknown",
    fp,
    encoded: packBytes(encoded),
    quick,
    runId,
    fragmentId,
  };
  // Added only where there are blobs: a spread or an always-present field costs every node of every session heap.
  if (blobs.length) (node as { blobs?: readonly Blob[] }).blobs = blobs;
  tree.set(key, node);
  return {
    op: "upsert",
    key,
    path: [...path],
    existed: old !== undefined,
    delta: isBlock ? "block" : "element",
    type: typeOf(message) ?? "unknown",
    message,
  };
}

/** The patch for any delta: an append for streamed text (append_text), else applyDelta's. */
export function deltaPatch(tree: Tree, path: DeltaPath, delta: sluice.IDelta, runId: number): UpsertPatch | AppendPatch | null {
  return delta.appendText != null ? applyAppend(tree, path, delta.appendText, runId) : applyDelta(tree, path, delta, runId);
}

/**
 * Appends text to the streaming Markdown element at `path`: the tree's node becomes that element with the longer
 * body (so a full refresh mid-stream shows the text so far), and the patch carries only the new text. Null when
 * there is no streaming element there (the run that wrote it was replaced).
 */
export function applyAppend(tree: Tree, path: DeltaPath, text: string, runId: number): AppendPatch | null {
  const key = pathKey(path);
  const node = tree.get(key);
  if (!node || node.type !== "markdown") return null;
  const message = sluice.Element.decode(unpackBytes(node.encoded));
  if (!message.markdown?.streaming) return null;
  message.markdown.body += text;
  const encoded = sluice.Element.encode(message).finish();
  // A new node object (a node's encoding and fingerprint are fixed once made), as applyDelta would make.
  tree.set(key, { ...node, encoded: packBytes(encoded), fp: hashBytes(encoded, 0), quick: NaN, runId }); // NaN: matches no message
  return { op: "append", key, path: [...path], text };
}

/**
 * Removes the nodes the run `runId` did not write. With `fragmentIds`, only nodes written by those fragments are
 * candidates (a fragment rerun leaves the rest of the app alone). Returns one patch per removed subtree.
 */
export function prune(tree: Tree, runId: number, fragmentIds?: ReadonlySet<string>): RemovePatch[] {
  const stale: string[] = [];
  for (const [key, node] of tree.nodes) {
    if (node.runId === runId) continue;
    if (fragmentIds && !(node.fragmentId && fragmentIds.has(node.fragmentId))) continue;
    stale.push(key);
  }
  // Shortest first, so a removed block covers its descendants.
  stale.sort((a, b) => a.length - b.length);
  const patches: RemovePatch[] = [];
  for (const key of stale) {
    if (!tree.get(key)) continue; // already gone with an ancestor
    tree.delete(key);
    patches.push({ op: "remove", key, path: parsePathKey(key) });
  }
  return patches;
}

/**
 * Every node of the tree as an upsert patch, parents before children: what a full refresh renders. With `only`, just
 * the nodes of the kinds it accepts (the others are not decoded).
 */
export function snapshot(tree: Tree, only?: (type: string) => boolean): UpsertPatch[] {
  const out: UpsertPatch[] = [];
  const walk = (key: string) => {
    for (const child of tree.children(key)) {
      const node = tree.get(child)!;
      if (only && !only(node.type)) {
        if (node.delta === "block") walk(child); // not wanted itself, but its children may be
        continue;
      }
      const message =
        node.delta === "block" ? sluice.Block.decode(unpackBytes(node.encoded)) : sluice.Element.decode(unpackBytes(node.encoded));
      putBlobs(message, node.type, node.blobs);
      out.push({ op: "upsert", key: child, path: parsePathKey(child), existed: true, delta: node.delta, type: node.type, message });
      if (node.delta === "block") walk(child);
    }
  };
  for (const root of ROOTS) walk(String(root));
  return out;
}

/**
 * A widget whose value the app set through session state in this run. It is sent even when its fingerprint is
 * unchanged: the browser may hold another value (what the user entered since it was last sent), and the value the
 * app set must be what the browser shows.
 */
function setByApp(message: sluice.IElement | sluice.IBlock, isBlock: boolean): boolean {
  if (isBlock) return false;
  const type = typeOf(message);
  return type !== undefined && (message as Record<string, { setValue?: boolean } | undefined>)[type]?.setValue === true;
}

/** The oneof member set on an Element or Block given as a plain object or a decoded message. */
export function typeOf(message: object): string | undefined {
  const t = (message as { type?: unknown }).type;
  if (typeof t === "string") return t;
  for (const k in message) {
    if (k !== "allowEmpty" && k !== "type" && (message as Record<string, unknown>)[k] != null) return k;
  }
  return undefined;
}
