// A function's parameter names, read from its source (fn.toString()): which arguments a cached function hashes.
// Handles function declarations and expressions, methods, arrows with and without parentheses, async and
// generators, defaults (with nested brackets, strings, templates and comments) and destructuring.

/** One parameter: its name (null when destructured: `{ a, b }` or `[x]`), and whether it is a rest parameter. */
export interface Param {
  readonly name: string | null;
  readonly rest: boolean;
}

const IDENT = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/u;

/** Index just past the string, template or comment starting at `i` (or `i` when none starts there). */
function skipLiteral(src: string, i: number): number {
  const c = src[i];
  if (c === "/" && src[i + 1] === "/") {
    const end = src.indexOf("\n", i);
    return end < 0 ? src.length : end + 1;
  }
  if (c === "/" && src[i + 1] === "*") {
    const end = src.indexOf("*/", i + 2);
    return end < 0 ? src.length : end + 2;
  }
  if (c !== '"' && c !== "'" && c !== "`") return i;
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === "\\") j++;
    else if (src[j] === c) return j + 1;
    else if (c === "`" && src[j] === "$" && src[j + 1] === "{") j = matchClose(src, j + 1) - 1;
  }
  return src.length;
}

/** Index just past the bracket that closes the one at `open`. */
function matchClose(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; ) {
    const skip = skipLiteral(src, i);
    if (skip !== i) {
      i = skip;
      continue;
    }
    const c = src[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return src.length;
}

/** Top-level comma-separated parts of a parameter list's inside. */
function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < inner.length; ) {
    const skip = skipLiteral(inner, i);
    if (skip !== i) {
      i = skip;
      continue;
    }
    const c = inner[i];
    if (c === "(" || c === "[" || c === "{") {
      i = matchClose(inner, i);
      continue;
    }
    if (c === ",") {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  parts.push(inner.slice(start));
  return parts;
}

/** Strips comments (outside strings) and surrounding space. */
function clean(part: string): string {
  let out = "";
  for (let i = 0; i < part.length; ) {
    const skip = skipLiteral(part, i);
    if (skip !== i && part[i] === "/") {
      out += " ";
      i = skip;
    } else if (skip !== i) {
      out += part.slice(i, skip);
      i = skip;
    } else out += part[i++];
  }
  return out.trim();
}

/**
 * The parameters of `fn`, in order.
 * @example parseParams((a, _b = 1, { c }) => 0) // [{ name: "a" }, { name: "_b" }, { name: null }]
 */
export function parseParams(fn: Function): Param[] {
  const src = Function.prototype.toString.call(fn);
  let i = 0;
  // Skip leading comments and an `async` before a parenthesis-less arrow: `async x => …`, `x => …`.
  for (let skip = skipLiteral(src, i); ; skip = skipLiteral(src, i)) {
    if (skip !== i) i = skip;
    else if (/\s/.test(src[i] ?? "")) i++;
    else break;
  }
  const head = src.slice(i).replace(/^async\s+/, "");
  const bare = IDENT.exec(head);
  if (bare && /^\s*=>/.test(head.slice(bare[0].length)) && bare[0] !== "function") return [{ name: bare[0], rest: false }];
  // Otherwise the first parenthesis outside strings/comments opens the list (after `function name`, a method name, …).
  let open = i;
  while (open < src.length && src[open] !== "(") {
    const skip = skipLiteral(src, open);
    open = skip !== open ? skip : open + 1;
  }
  if (open >= src.length) return [];
  const inner = src.slice(open + 1, matchClose(src, open) - 1);
  const params: Param[] = [];
  for (const raw of splitTopLevel(inner)) {
    let part = clean(raw);
    if (!part) continue; // a trailing comma
    const rest = part.startsWith("...");
    if (rest) part = part.slice(3).trim();
    const name = IDENT.exec(part)?.[0] ?? null; // `{`/`[` (destructured) has no name
    params.push({ name, rest });
  }
  return params;
}
