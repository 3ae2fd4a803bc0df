// The chart theme: a Vega-Lite config whose colours are placeholder tokens, and the map from each token to the CSS
// variable that replaces it in the rendered SVG (src/charts/svg.ts), so one SVG follows the page's light and dark
// themes. The colours themselves are in static/css/60-charts.css.

/** Series colours, in order: placeholder → CSS variable. */
export const SERIES_TOKENS = Array.from({ length: 8 }, (_, i) => `#fe0a0${i + 1}`);
const TEXT = "#fe0b01";
const MUTED = "#fe0b02";
const GRID = "#fe0b03";
const BORDER = "#fe0b04";

/** Every placeholder colour and its CSS variable. */
export const TOKEN_VARS: Record<string, string> = {
  ...Object.fromEntries(SERIES_TOKENS.map((t, i) => [t, `var(--sl-chart-${i + 1})`])),
  [TEXT]: "var(--sl-text)",
  [MUTED]: "var(--sl-muted)",
  [GRID]: "var(--sl-chart-grid)",
  [BORDER]: "var(--sl-border)",
};

/** Axes, legends and titles in the page's colours: for every chart, themed or not (text must stay legible in both themes). */
const chrome = {
  background: null,
  view: { stroke: null },
  font: "sans-serif",
  axis: {
    labelColor: MUTED, titleColor: TEXT, gridColor: GRID, domainColor: BORDER, tickColor: BORDER,
    labelFontSize: 12, titleFontSize: 13, titleFontWeight: 600,
  },
  legend: { labelColor: MUTED, titleColor: TEXT, labelFontSize: 12, titleFontSize: 13 },
  title: { color: TEXT, subtitleColor: MUTED, fontSize: 15 },
  header: { labelColor: MUTED, titleColor: TEXT },
  text: { color: TEXT },
};

const deepFreeze = <T>(o: T): T => {
  if (typeof o === "object" && o !== null) for (const v of Object.values(Object.freeze(o))) deepFreeze(v);
  return o;
};

/** One config per theme, made once and frozen (vega-lite copies what it uses; deepMerge copies what it changes). */
const configs: Record<string, Record<string, any>> = {
  streamlit: deepFreeze({ ...structuredClone(chrome), mark: { color: SERIES_TOKENS[0] }, line: { strokeWidth: 2 }, range: { category: [...SERIES_TOKENS] } }),
  "": deepFreeze(structuredClone(chrome)),
};

/** "streamlit": the app's series colours too. "" (theme: null): Vega-Lite's own mark colours. */
export function themeConfig(theme: string): Record<string, any> {
  return configs[theme === "streamlit" ? "streamlit" : ""]!;
}

/** `base` with `over` merged in depth (plain objects merge; anything else in `over` wins). */
export function deepMerge(base: Record<string, any>, over: Record<string, any> | undefined): Record<string, any> {
  if (!over) return base;
  const out: Record<string, any> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlain(v) && isPlain(b) ? deepMerge(b, v) : v;
  }
  return out;
}

const isPlain = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);
