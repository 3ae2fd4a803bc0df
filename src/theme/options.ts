// The [theme] section as given (any subset) → a complete, validated ThemeConfig. A bad value is a
// ThemeOptionError naming the option, the value and what it takes, so a typo stops the start with a clear message.
import type { PartialTheme, ThemeColors, ThemeConfig } from "../config.ts";
import { ThemeOptionError } from "../util/errors.ts";
import { parseColor } from "./color.ts";

const COLOR_KEYS = ["primaryColor", "backgroundColor", "secondaryBackgroundColor", "textColor", "borderColor", "linkColor"] as const;
const FONT_KEYS = ["font", "codeFont"] as const;
/** Streamlit's radius keywords, as CSS lengths. */
export const RADII: Readonly<Record<string, string>> = { none: "0", small: "0.25rem", medium: "0.5rem", large: "1rem", full: "1.5rem" };
const LENGTH = /^(0|\d+(\.\d+)?|\.\d+)(px|rem|em|%)?$/;
/** A font family list: names, quoted names, commas. Nothing that could end the declaration or the rule. */
const FONT = /^[\w\s,\-."']+$/;

const COLOR_HELP = 'a CSS colour: hex ("#ff4b4b"), rgb(255 75 75), hsl(0 100% 65%), or a name ("crimson").';

function colors(given: Partial<ThemeColors> | undefined, prefix: string): ThemeColors {
  const out = {} as ThemeColors;
  for (const k of COLOR_KEYS) {
    const v = given?.[k] ?? "";
    if (typeof v !== "string" || (v.trim() !== "" && !parseColor(v))) throw new ThemeOptionError(`${prefix}.${k}`, v, COLOR_HELP);
    out[k] = v.trim();
  }
  for (const k of FONT_KEYS) {
    const v = given?.[k] ?? "";
    if (typeof v !== "string" || (v.trim() !== "" && !FONT.test(v))) {
      throw new ThemeOptionError(`${prefix}.${k}`, v, '"sans-serif", "serif", "monospace" or a font family list such as "Inter, sans-serif".');
    }
    out[k] = v.trim();
  }
  return out;
}

/** The whole [theme] section, filled with "" (not set) and checked. */
export function resolveTheme(given: PartialTheme = {}): ThemeConfig {
  const base = given.base ?? "";
  if (base !== "" && base !== "light" && base !== "dark") throw new ThemeOptionError("theme.base", base, '"light", "dark", or "" to follow the OS.');
  const radius = (given.baseRadius ?? "").trim();
  if (typeof given.baseRadius !== "undefined" && typeof given.baseRadius !== "string") throw new ThemeOptionError("theme.baseRadius", given.baseRadius, "a string.");
  if (radius !== "" && !Object.hasOwn(RADII, radius) && !LENGTH.test(radius)) {
    throw new ThemeOptionError("theme.baseRadius", radius, 'a CSS length such as "0.5rem" or "6px", or "none", "small", "medium", "large", "full".');
  }
  return { ...colors(given, "theme"), base, baseRadius: radius, sidebar: colors(given.sidebar, "theme.sidebar") };
}

/** True when the section sets anything: the app has a theme of its own. */
export function hasTheme(t: ThemeConfig): boolean {
  const set = (o: object) => Object.entries(o).some(([k, v]) => k !== "sidebar" && v !== "");
  return set(t) || set(t.sidebar);
}
