// Sanitises the SVG Graphviz writes before it goes into a page: DOT can set URLs (URL, href), tooltips and raw
// (HTML-like) labels. The SVG is re-emitted from an allow-list of elements and attributes: no script, style,
// foreignObject or image, no event handlers, and a link keeps its href only for http(s), mailto or a fragment.
import { escapeXml } from "./map-svg.ts";

/** Elements kept (with their allowed content); anything else is dropped with everything inside it. */
const ELEMENTS = new Set([
  "svg", "g", "title", "polygon", "polyline", "ellipse", "circle", "path", "text", "tspan", "a", "defs",
  "linearGradient", "radialGradient", "stop", "rect", "line",
]);
const ATTRIBUTES = new Set([
  "id", "class", "viewBox", "width", "height", "transform", "points", "d", "cx", "cy", "rx", "ry", "r", "x", "y",
  "x1", "x2", "y1", "y2", "fx", "fy", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity",
  "stroke-dasharray", "stroke-linecap", "stroke-linejoin", "opacity", "text-anchor", "font-family", "font-size",
  "font-weight", "font-style", "text-decoration", "baseline-shift", "xml:space", "offset", "stop-color",
  "stop-opacity", "gradientUnits", "gradientTransform", "xmlns", "target",
]);
/** Paint values may be colours, "none" or a local gradient; never an external url(). */
const PAINT = new Set(["fill", "stroke", "stop-color"]);
const SAFE_URL = /^(https?:|mailto:|#)/i;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** XML text → plain text (numeric and the five named entities; anything else stays literal). */
export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A (decoded) URL that may stay on a link: http(s), mailto, a fragment or a relative path; null otherwise. */
export function safeHref(decoded: string): string | null {
  const url = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, ""); // browsers ignore these inside a scheme
  if (SAFE_URL.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || /^[\\/][\\/]/.test(url)) return null; // another scheme; protocol-relative
  return url;
}

/** The allowed attributes of one tag, escaped; `extra` receives a link's tooltip (its xlink:title) as text. */
function attributes(tag: string, source: string, extra: string[]): string {
  let out = "";
  for (const m of source.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!;
    const value = decodeXml(m[2] ?? m[3] ?? "");
    if (tag === "a" && (name === "xlink:href" || name === "href")) {
      const href = safeHref(value);
      if (href !== null) out += ` href="${escapeXml(href)}"`;
      continue;
    }
    if (tag === "a" && name === "xlink:title") {
      extra.push(`<title>${escapeXml(value)}</title>`); // Graphviz's tooltip: a native one, as text
      continue;
    }
    if (!ATTRIBUTES.has(name)) continue;
    // Graphviz's ids (graph0, node1…) would repeat with a second graph on the page; gradients need theirs.
    if (name === "id" && tag !== "linearGradient" && tag !== "radialGradient") continue;
    if (PAINT.has(name) && /url\s*\(/i.test(value) && !/^url\(\s*['"]?#[\w-]+['"]?\s*\)$/i.test(value)) continue;
    if (name === "target" && !/^_(blank|self|parent|top)$/.test(value)) continue;
    out += ` ${name}="${escapeXml(value)}"`;
  }
  return out;
}

/**
 * Graphviz SVG → the same drawing with only allowed elements and attributes. Comments, the XML declaration, the
 * DOCTYPE and processing instructions are dropped; text is decoded and escaped again.
 */
export function sanitizeSvg(svg: string): string {
  const out: string[] = [];
  const open: { name: string; kept: boolean }[] = [];
  let dropping = 0; // depth inside a dropped element
  const tokens = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)|</g;
  for (const m of svg.matchAll(tokens)) {
    const [whole, cdata, close, tag, attrs, selfClose, text] = m;
    if (close !== undefined) {
      const top = open.pop();
      if (!top) continue;
      if (!top.kept) dropping--;
      else if (dropping === 0) out.push(`</${top.name}>`);
      continue;
    }
    if (tag !== undefined) {
      const kept = dropping === 0 && ELEMENTS.has(tag);
      if (kept) {
        const extra: string[] = [];
        out.push(`<${tag}${attributes(tag, attrs ?? "", extra)}${selfClose ? "/" : ""}>`, ...(selfClose ? [] : extra));
      }
      if (!selfClose) {
        open.push({ name: tag, kept });
        if (!kept) dropping++;
      }
      continue;
    }
    const content = text ?? cdata;
    if (content !== undefined && dropping === 0 && open.length > 0) {
      out.push(escapeXml(cdata !== undefined ? content : decodeXml(content)));
    } else if (whole === "<" && dropping === 0 && open.length > 0) out.push("&lt;");
  }
  while (open.length) {
    const top = open.pop()!;
    if (top.kept && dropping === 0) out.push(`</${top.name}>`);
    else if (!top.kept) dropping--;
  }
  return out.join("");
}
