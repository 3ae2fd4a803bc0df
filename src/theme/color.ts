// Theme colours: parsing the CSS forms a [theme] option may use (hex, rgb(), hsl(), named), WCAG 2.2 relative
// luminance and contrast ratio, and mixing (for derived shades: muted text, borders).
import { NAMED_COLORS } from "./named-colors.ts";

/** A colour as 0–255 channels and 0–1 alpha. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NUM = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const ARG = String.raw`(${NUM})(%|deg|turn|rad|grad)?`;
const FUNC = new RegExp(String.raw`^(rgba?|hsla?)\(\s*${ARG}\s*[,\s]\s*${ARG}\s*[,\s]\s*${ARG}\s*(?:[,/]\s*${ARG}\s*)?\)$`, "i");

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** The colour, or null when `text` is not a CSS colour sluice understands (hex, rgb()/rgba(), hsl()/hsla(), a name). */
export function parseColor(text: string): Rgba | null {
  const s = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join("") : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const named = NAMED_COLORS.get(s);
  if (named !== undefined) return { r: named >> 16, g: (named >> 8) & 255, b: named & 255, a: 1 };
  if (s === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
  const m = FUNC.exec(s);
  if (!m) return null;
  const [, fn, v1, u1, v2, u2, v3, u3, v4, u4] = m;
  const alpha = v4 === undefined ? 1 : clamp(u4 === "%" ? Number(v4) / 100 : Number(v4), 0, 1);
  if (fn!.startsWith("rgb")) {
    if ([u1, u2, u3].some((u) => u !== undefined && u !== "%")) return null;
    const ch = (v: string, u?: string) => clamp(u === "%" ? (Number(v) * 255) / 100 : Number(v), 0, 255);
    return { r: ch(v1!, u1), g: ch(v2!, u2), b: ch(v3!, u3), a: alpha };
  }
  if (u2 !== "%" && u2 !== undefined) return null;
  if (u3 !== "%" && u3 !== undefined) return null;
  const turns = { deg: 1 / 360, turn: 1, rad: 1 / (2 * Math.PI), grad: 1 / 400 } as Record<string, number>;
  if (u1 === "%") return null;
  const h = ((Number(v1) * (turns[u1 ?? "deg"] ?? 1)) % 1 + 1) % 1;
  return { ...hslToRgb(h, clamp(Number(v2) / 100, 0, 1), clamp(Number(v3) / 100, 0, 1)), a: alpha };
}

function hslToRgb(h: number, s: number, l: number): Omit<Rgba, "a"> {
  const k = (n: number) => (n + h * 12) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return { r: f(0), g: f(8), b: f(4) };
}

/** "#rrggbb" (alpha dropped: callers composite first). */
export function toHex(c: Rgba): string {
  return "#" + [c.r, c.g, c.b].map((v) => Math.round(clamp(v, 0, 255)).toString(16).padStart(2, "0")).join("");
}

/** `top` painted over an opaque `bottom` (its alpha applied). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  return mix(bottom, top, top.a);
}

/** The colour `t` of the way from `a` to `b` (opaque). */
export function mix(a: Rgba, b: Rgba, t: number): Rgba {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t, a: 1 };
}

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2.2 relative luminance, 0 (black) to 1 (white). */
export function luminance(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG 2.2 contrast ratio, 1 to 21 (a translucent foreground is first painted over the background). */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const [x, y] = [luminance(composite(fg, bg)), luminance(bg)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** True for a background dark enough that a dark theme fits it (white text on it beats black text). */
export const isDark = (bg: Rgba): boolean => contrastRatio({ r: 255, g: 255, b: 255, a: 1 }, bg) > contrastRatio({ r: 0, g: 0, b: 0, a: 1 }, bg);
