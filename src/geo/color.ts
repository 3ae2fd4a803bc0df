// Colours st.map accepts (Streamlit's forms): "#rgb", "#rgba", "#rrggbb", "#rrggbbaa", or [r, g, b] / [r, g, b, a]
// with ints 0–255 or floats 0–1. Normalised to "#rrggbb" or "#rrggbbaa" so nothing else reaches an SVG attribute.

const hex2 = (n: number) => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, "0");

/** The colour as "#rrggbb(aa)", or null when it is not a colour. */
export function parseColor(value: unknown): string | null {
  if (typeof value === "string") {
    const s = value.trim().toLowerCase();
    if (/^#[0-9a-f]{3,4}$/.test(s)) return "#" + [...s.slice(1)].map((c) => c + c).join("");
    if (/^#([0-9a-f]{6}|[0-9a-f]{8})$/.test(s)) return s;
    return null;
  }
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const v = Array.from(value as ArrayLike<unknown>);
    if ((v.length !== 3 && v.length !== 4) || !v.every((x) => typeof x === "number" && Number.isFinite(x) && x >= 0)) return null;
    const n = v as number[];
    const floats = n.every((x) => x <= 1) && n.some((x) => !Number.isInteger(x));
    const scale = floats ? 255 : 1;
    const [r, g, b, a] = n;
    const alpha = a === undefined ? "" : hex2(floats || a <= 1 ? a * 255 : a);
    return "#" + hex2(r! * scale) + hex2(g! * scale) + hex2(b! * scale) + (alpha === "ff" ? "" : alpha);
  }
  return null;
}

/** True when a string looks like a colour rather than a column name. */
export const looksLikeColor = (value: string) => /^#/.test(value.trim());
