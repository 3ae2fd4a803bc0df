// Delta paths: Streamlit's addresses for nodes ([root, i, j, …]) and the DOM ids derived from them.

/** The four root containers; every delta path starts with one. */
export const RootContainer = { MAIN: 0, SIDEBAR: 1, EVENT: 2, BOTTOM: 3 } as const;
export const ROOTS = [0, 1, 2, 3] as const;

export type DeltaPath = readonly number[];

/** `[0, 2, 3]` → `"0.2.3"`: the key a tree stores a node under. */
export const pathKey = (path: DeltaPath): string => path.join(".");

/** `"0.2.3"` → `[0, 2, 3]`. */
export const parsePathKey = (key: string): number[] => key.split(".").map(Number);

/** `[0, 2, 3]` → `"sl-0-2-3"`: the DOM id of the node's wrapper element. */
export const domId = (path: DeltaPath): string => "sl-" + path.join("-");

/**
 * `"$$ID-3f9k-name"` → `"sl-w-3f9k-name"`: the DOM id a widget's controls derive theirs from. A widget's identity in
 * the DOM is its widget id, never its path, so a morph can only ever match a control with the same widget's control
 * (paths shift when an element above appears or goes). Characters an id may not hold are escaped reversibly.
 */
export const widgetDomId = (widgetId: string): string =>
  "sl-w" + widgetId.replace(/^\$\$ID/, "").replace(/[^A-Za-z0-9-]/g, (c) => "_" + c.charCodeAt(0).toString(16) + "_");

/** The DOM id of the element that holds a block's children. */
export const slotId = (path: DeltaPath): string => domId(path) + "-c";

/** The key of a node's parent ("" for a root). */
export const parentKey = (key: string): string => {
  const i = key.lastIndexOf(".");
  return i < 0 ? "" : key.slice(0, i);
};

/** True when `key` is `ancestor` itself or lies below it. */
export const isWithin = (key: string, ancestor: string): boolean =>
  key === ancestor || key.startsWith(ancestor + ".");
