// A small, faithful model of how htmx 4 applies sluice's messages, on a linkedom document, with the live state of
// form controls (what the user set) kept apart from their attributes (what the server rendered), as a browser
// does. The morph is htmx's own algorithm (node_modules/htmx.org/dist/htmx.js: #morph, #morphChildren,
// #findBestMatch, #isSoftMatch, #morphNode, #copyAttributes), without focus handling; upsert is hx-upsert's.
// It models htmx alone, not sluice's glue: what it shows is what a morph carries from node to node.
import { parseHTML } from "linkedom";

type El = Element;
/** Live state: a control the user changed keeps it; an untouched control follows its attributes (as in a browser). */
interface Live {
  value?: string;
  checked?: boolean;
  option?: El;
}
const live = new WeakMap<El, Live>();

const isToggle = (el: El) => el.tagName === "INPUT" && ["checkbox", "radio"].includes(el.getAttribute("type") ?? "");
const isText = (el: El) => (el.tagName === "INPUT" && !isToggle(el) && el.getAttribute("type") !== "hidden") || el.tagName === "TEXTAREA";

/** What the control shows: its live state, or what its attributes say. */
export function shown(el: El): string {
  const s = live.get(el);
  if (isToggle(el)) return String(s?.checked ?? el.hasAttribute("checked"));
  if (el.tagName === "SELECT") {
    const opts: El[] = [...el.querySelectorAll("option")];
    const pick = s?.option && opts.includes(s.option) ? s.option : (opts.find((o) => o.hasAttribute("selected")) ?? opts[0]);
    return pick?.getAttribute("value") ?? "";
  }
  return s?.value ?? el.getAttribute("value") ?? "";
}

/** The user changes a control: a click, a pick, typing. */
export function userSets(el: El, to: { checked?: boolean; value?: string }): void {
  if (el.tagName === "SELECT") {
    const option = [...el.querySelectorAll("option")].find((o) => o.getAttribute("value") === to.value);
    live.set(el, { option });
  } else live.set(el, { ...to });
}

/** The form's fields as a browser would post them, in document order. */
export function formFields(root: El): [string, string][] {
  const out: [string, string][] = [];
  for (const el of root.querySelectorAll("input, select, textarea")) {
    const name = el.getAttribute("name");
    if (!name || el.hasAttribute("disabled")) continue;
    if (el.getAttribute("type") === "hidden") out.push([name, el.getAttribute("value") ?? ""]);
    else if (isToggle(el)) shown(el) === "true" && out.push([name, el.getAttribute("value") ?? "on"]);
    else out.push([name, shown(el)]);
  }
  return out;
}

export function newPage(roots: Record<string, string>) {
  const { document } = parseHTML(
    `<!doctype html><html><body><form id="sl-form">` +
      ["0", "1", "2", "3"].map((r) => `<div id="sl-${r}"><div id="sl-${r}-c">${roots[r] ?? ""}</div></div>`).join("") +
      `</form></body></html>`,
  );
  return document as unknown as Document;
}

/** Applies one SSE message's HTML the way htmx does: partials (outerMorph, innerMorph, delete) and upserts. */
export function applyMessage(doc: Document, html: string): void {
  const holder = doc.createElement("div");
  holder.innerHTML = html;
  for (const task of [...holder.children]) {
    const target = doc.querySelector(task.getAttribute("hx-target") ?? "");
    if (!target) continue;
    const swap = task.getAttribute("hx-swap");
    if (task.tagName === "HX-UPSERT") upsert(doc, target, task);
    else if (swap === "delete") target.remove();
    else if (swap === "outerMorph") morph(doc, target, task, false);
    else if (swap === "innerMorph") morph(doc, target, task, true);
  }
}

function upsert(doc: Document, target: El, fragment: El): void {
  const key = (el: El) => el.getAttribute("data-i") ?? el.id;
  for (const el of [...fragment.children]) {
    const existing = el.id ? doc.getElementById(el.id) : null;
    if (existing) {
      existing.replaceWith(el);
      continue;
    }
    const before = [...target.children].find((c) => key(el).localeCompare(key(c), undefined, { numeric: true }) < 0);
    target.insertBefore(el, before ?? null);
  }
}

interface Ctx {
  target: El;
  idMap: Map<Node, Set<string>>;
  persistent: Set<string>;
  pantry: El;
}
const SCAN_LIMIT = 10;
const equal = (a: Node, b: Node) => (a as El).outerHTML === (b as El).outerHTML && a.nodeType === b.nodeType && a.textContent === b.textContent;

function morph(doc: Document, target: El, fragment: El, inner: boolean): void {
  const oldIds = [target, ...target.querySelectorAll("[id]")].filter((e) => e.id);
  const newIds = [...fragment.querySelectorAll("[id]")];
  const seen = new Map<string, string>();
  const dup = new Set<string>();
  for (const e of oldIds) seen.has(e.id) ? dup.add(e.id) : seen.set(e.id, e.tagName);
  const persistent = new Set<string>();
  for (const e of newIds) {
    if (persistent.has(e.id)) dup.add(e.id);
    else if (seen.get(e.id) === e.tagName) persistent.add(e.id);
  }
  for (const id of dup) persistent.delete(id);
  const idMap = new Map<Node, Set<string>>();
  const populate = (root: Node | null, els: El[]) => {
    for (const e of els) {
      if (!persistent.has(e.id)) continue;
      for (let cur: El | null = e; cur && cur !== root; cur = cur.parentElement) {
        let set = idMap.get(cur);
        if (!set) idMap.set(cur, (set = new Set()));
        set.add(e.id);
      }
    }
  };
  populate(target.parentElement, oldIds);
  populate(fragment, newIds);
  const ctx: Ctx = { target, idMap, persistent, pantry: doc.createElement("div") };
  if (inner) morphChildren(ctx, target, fragment);
  else morphChildren(ctx, target.parentNode as El, fragment, target, target.nextSibling);
}

function morphChildren(ctx: Ctx, oldParent: El, newParent: El, insertion: Node | null = null, end: Node | null = null): void {
  insertion ||= oldParent.firstChild;
  let newChild: Node | null = newParent.firstChild;
  while (newChild) {
    let matched: Node | null = null;
    if (insertion && insertion !== end) {
      matched = bestMatch(ctx, newChild, insertion, end);
      if (matched && matched !== insertion) {
        let cursor: Node | null = insertion;
        while (cursor && cursor !== matched) {
          const tmp: Node = cursor;
          cursor = cursor.nextSibling;
          if (tmp.nodeType === 1 && (ctx.idMap.has(tmp) || upcoming(tmp as El, newChild))) oldParent.insertBefore(tmp, end);
          else removeNode(ctx, tmp);
        }
      }
    }
    if (!matched && newChild.nodeType === 1 && ctx.persistent.has((newChild as El).id)) {
      const id = (newChild as El).id;
      matched = (ctx.target.id === id ? ctx.target : null) ?? ctx.target.querySelector(`[id="${id}"]`) ?? ctx.pantry.querySelector(`[id="${id}"]`);
      for (let e = matched!.parentNode; e; e = e.parentNode) {
        const set = ctx.idMap.get(e);
        if (set) {
          set.delete(id);
          if (!set.size) ctx.idMap.delete(e);
        }
      }
      oldParent.insertBefore(matched!, insertion);
    }
    if (matched) {
      morphNode(ctx, matched, newChild);
      insertion = matched.nextSibling;
      newChild = newChild.nextSibling;
      continue;
    }
    const next: Node | null = newChild.nextSibling;
    if (ctx.idMap.has(newChild)) {
      const placeholder = oldParent.ownerDocument!.createElement((newChild as El).tagName);
      oldParent.insertBefore(placeholder, insertion);
      morphNode(ctx, placeholder, newChild);
      insertion = placeholder.nextSibling;
    } else {
      oldParent.insertBefore(newChild, insertion);
      insertion = newChild.nextSibling;
    }
    newChild = next;
  }
  while (insertion && insertion !== end) {
    const tmp: Node = insertion;
    insertion = insertion.nextSibling;
    removeNode(ctx, tmp);
  }
}

const upcoming = (old: El, start: Node): boolean => {
  let i = 0;
  for (let s = start.nextSibling; s && i < SCAN_LIMIT; s = s.nextSibling, i++) if (s.nodeType === 1 && equal(old, s)) return true;
  return false;
};

function bestMatch(ctx: Ctx, node: Node, start: Node, end: Node | null): Node | null {
  if (node.nodeType === 3) return start.nodeType === 3 ? start : null;
  if (node.nodeType !== 1) return null;
  const el = node as El;
  let soft: Node | null = null;
  let displaced = 0;
  let scan = SCAN_LIMIT;
  const newSet = ctx.idMap.get(el);
  const count = newSet?.size ?? 0;
  if (el.id && !newSet) return null;
  for (let cursor: Node | null = start; cursor && cursor !== end; cursor = cursor.nextSibling) {
    const oldSet = ctx.idMap.get(cursor);
    if (softMatch(cursor, el)) {
      if (oldSet && newSet && [...oldSet].some((id) => newSet.has(id))) return cursor;
      if (!oldSet) {
        if (scan > 0 && equal(cursor, el)) return cursor;
        soft ??= cursor;
      }
    }
    displaced += oldSet?.size ?? 0;
    if (displaced > count) break;
    if (--scan < 1 && count === 0) break;
  }
  return soft && upcoming(soft as El, el) ? null : soft;
}

const softMatch = (old: Node, neu: El) => old.nodeType === 1 && (old as El).tagName === neu.tagName && (!(old as El).id || (old as El).id === neu.id);

function removeNode(ctx: Ctx, node: Node): void {
  if (ctx.idMap.has(node)) ctx.pantry.insertBefore(node, null);
  else (node as El).remove?.() ?? node.parentNode?.removeChild(node);
}

function morphNode(ctx: Ctx, old: Node, neu: Node): void {
  if (old.nodeType === 3) {
    if (old.nodeValue !== neu.nodeValue) old.nodeValue = neu.nodeValue;
    return;
  }
  const o = old as El;
  const n = neu as El;
  for (const a of [...n.attributes]) {
    if (o.getAttribute(a.name) === a.value) continue;
    o.setAttribute(a.name, a.value);
    // htmx sets a (not focused) input's value when its value attribute changes; checkedness and selectedness
    // the user changed do not follow attributes (the browser's dirty flags).
    if (a.name === "value" && isText(o) && live.has(o)) live.set(o, { value: a.value });
  }
  for (const a of [...o.attributes]) if (!n.hasAttribute(a.name)) o.removeAttribute(a.name);
  if (!equal(o, n)) morphChildren(ctx, o, n);
}
