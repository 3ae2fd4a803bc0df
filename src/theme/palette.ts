// A custom theme's colours: the [theme] options over the built-in light or dark palette (static/sluice.css), with
// the shades the CSS needs derived from them (muted text, borders, the text on primary buttons). Each colour
// remembers the option it came from, so the contrast check can name it.
import type { ThemeColors, ThemeConfig } from "../config.ts";
import { contrastRatio, isDark, mix, parseColor, toHex, type Rgba } from "./color.ts";

/** The built-in palettes, as static/sluice.css has them (tests/unit/theme/palette.test.ts keeps the two in step). */
export const BUILTIN = {
  light: { bg: "#ffffff", bg2: "#f0f2f6", text: "#1f2430", muted: "#545b68", primary: "#c7253e", primaryText: "#ffffff", border: "#767b87", focus: "#1a5fb4" },
  dark: { bg: "#0e1117", bg2: "#1c1f27", text: "#f0f2f6", muted: "#b5bac4", primary: "#ff6b7f", primaryText: "#0e1117", border: "#7d838f", focus: "#8ab4ff" },
} as const;

/** One colour of a resolved palette: its value ("#rrggbb") and where it came from (an option, or "default"). */
export interface Swatch {
  hex: string;
  rgba: Rgba;
  from: string;
}

export interface Palette {
  bg: Swatch;
  bg2: Swatch;
  text: Swatch;
  muted: Swatch;
  primary: Swatch;
  primaryText: Swatch;
  border: Swatch;
  focus: Swatch;
  link: Swatch;
}

const swatch = (rgba: Rgba, from: string): Swatch => ({ hex: toHex(rgba), rgba, from });
const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** "light" or "dark": `base` when set, else from the background colour, else light (as Streamlit's custom themes). */
export function variantOf(theme: ThemeConfig): "light" | "dark" {
  if (theme.base) return theme.base;
  const bg = theme.backgroundColor && parseColor(theme.backgroundColor);
  return bg && isDark(bg) ? "dark" : "light";
}

/** The palette of `colors` (options under `prefix`) over `under` (a built-in palette, or the main one for the sidebar). */
export function resolvePalette(colors: ThemeColors, prefix: string, under: Record<keyof Palette, string>): Palette {
  const pick = (key: keyof ThemeColors, fallback: string, derived = "default"): Swatch => {
    const given = colors[key] && parseColor(colors[key]);
    return given ? swatch(opaque(given, under.bg), `${prefix}.${key}`) : swatch(parseColor(fallback)!, derived);
  };
  const bg = pick("backgroundColor", under.bg);
  const custom = bg.from !== "default";
  const text = pick("textColor", custom && contrastRatio(parseColor(under.text)!, bg.rgba) < 4.5 ? toHex(bestOn(bg.rgba)) : under.text);
  const bg2 = pick("secondaryBackgroundColor", custom ? toHex(mix(bg.rgba, text.rgba, 0.06)) : under.bg2);
  // Muted text and borders follow a custom background or text colour: part way from the text to the background,
  // as far as contrast allows (4.5:1 for muted text on the secondary background, 3:1 for borders).
  const retuned = custom || text.from !== "default";
  const muted = retuned ? swatch(toward(text.rgba, bg.rgba, bg2.rgba, 4.5, 0.35), "derived") : swatch(parseColor(under.muted)!, "default");
  const border = pick("borderColor", retuned ? toHex(toward(text.rgba, bg.rgba, bg2.rgba, 3, 0.55)) : under.border);
  const primary = pick("primaryColor", under.primary);
  const primaryText = primary.from === "default" ? swatch(parseColor(under.primaryText)!, "default") : swatch(bestOn(primary.rgba), "derived");
  const link = pick("linkColor", under.link ?? under.focus);
  const focus = primary.from !== "default" ? { ...primary } : link.from !== "default" ? { ...link } : swatch(parseColor(under.focus)!, "default");
  return { bg, bg2, text, muted, primary, primaryText, border, focus, link };
}

/** The app theme's palette (main area). */
export function mainPalette(theme: ThemeConfig): Palette {
  const b = BUILTIN[variantOf(theme)];
  return resolvePalette(theme, "theme", { ...b, link: b.focus });
}

/** The sidebar's palette: [theme.sidebar] over the main one, whose background and secondary swap as the sidebar's
 *  default is the secondary background. Null when [theme.sidebar] sets nothing. */
export function sidebarPalette(theme: ThemeConfig, main: Palette): Palette | null {
  if (!Object.values(theme.sidebar).some((v) => v !== "")) return null;
  const under = Object.fromEntries(Object.entries(main).map(([k, s]) => [k, s.hex])) as Record<keyof Palette, string>;
  [under.bg, under.bg2] = [under.bg2, under.bg];
  const p = resolvePalette(theme.sidebar, "theme.sidebar", under);
  // Colours the sidebar does not set keep the main theme's origin (for the contrast check's messages).
  for (const k of Object.keys(p) as (keyof Palette)[]) if (p[k].from === "default" && p[k].hex === under[k]) p[k] = { ...p[k], from: k === "bg" ? main.bg2.from : k === "bg2" ? main.bg.from : main[k].from };
  return p;
}

/** Black or white, whichever reads better on `bg`. */
function bestOn(bg: Rgba): Rgba {
  return contrastRatio(WHITE, bg) >= contrastRatio(BLACK, bg) ? WHITE : BLACK;
}

/** `from` moved toward `to` by up to `t`, stopping where its contrast with `against` would drop below `min`. */
function toward(from: Rgba, to: Rgba, against: Rgba, min: number, t: number): Rgba {
  for (let s = t; s > 0; s -= 0.05) {
    const c = mix(from, to, s);
    if (contrastRatio(c, against) >= min) return c;
  }
  return from;
}

const opaque = (c: Rgba, bg: string): Rgba => (c.a >= 1 ? c : mix(parseColor(bg)!, { ...c, a: 1 }, c.a));
