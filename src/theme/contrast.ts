// The [theme] contrast check: every pair of colours the page puts together (text on backgrounds, controls and the
// focus ring on the background, links, and the same in the sidebar), measured against WCAG 2.2 AA — 4.5:1 for
// text, 3:1 for controls and other non-text — and one warning per pair that falls short and involves an option
// the app set (sluice's own colours pass on their own). Logged at start and when the config reloads.
import type { ThemeConfig } from "../config.ts";
import { contrastRatio } from "./color.ts";
import { mainPalette, sidebarPalette, type Palette, type Swatch } from "./palette.ts";
import { hasTheme } from "./options.ts";

export interface ContrastProblem {
  /** What is drawn: "text", "primary (buttons, checked controls, focus ring)", … */
  what: string;
  fg: Swatch;
  bg: Swatch;
  ratio: number;
  /** 4.5 (text) or 3 (non-text). */
  required: number;
}

/** The pairs of one palette: [what, foreground, background, required ratio]. */
const PAIRS: readonly [string, keyof Palette, keyof Palette, number][] = [
  ["text", "text", "bg", 4.5],
  ["text on fields and code", "text", "bg2", 4.5],
  ["muted text (captions, help)", "muted", "bg", 4.5],
  ["links", "link", "bg", 4.5],
  ["primary colour (buttons, checked controls)", "primary", "bg", 3],
  ["focus ring", "focus", "bg", 3],
  ["button labels on the primary colour", "primaryText", "primary", 4.5],
  ["borders of fields and buttons", "border", "bg", 3],
];

function check(p: Palette, where: string): ContrastProblem[] {
  const out: ContrastProblem[] = [];
  for (const [what, fg, bg, required] of PAIRS) {
    const [f, b] = [p[fg], p[bg]];
    if (isBuiltin(f) && isBuiltin(b)) continue;
    if (fg === "focus" && f.from === p.primary.from && f.from !== "default") continue; // the same colour as primary: one warning
    const ratio = contrastRatio(f.rgba, b.rgba);
    if (ratio < required) out.push({ what: where + what, fg: f, bg: b, ratio, required });
  }
  return out;
}

const isBuiltin = (s: Swatch) => s.from === "default" || s.from === "derived";

/** Every pair below WCAG AA, main area then sidebar. Empty without a theme. */
export function contrastProblems(theme: ThemeConfig): ContrastProblem[] {
  if (!hasTheme(theme)) return [];
  const main = mainPalette(theme);
  const side = sidebarPalette(theme, main);
  return [...check(main, ""), ...(side ? check(side, "sidebar ") : [])];
}

const describe = (s: Swatch) => (s.from === "default" ? `sluice's default ${s.hex}` : s.from === "derived" ? `the derived ${s.hex}` : `${s.from} ${s.hex}`);

/** One line per problem, naming the options, both colours and the ratio. */
export function contrastWarnings(theme: ThemeConfig): string[] {
  return contrastProblems(theme).map(
    (p) =>
      `sluice: theme contrast: ${p.what}: ${describe(p.fg)} on ${describe(p.bg)} is ${p.ratio.toFixed(2)}:1, ` +
      `below WCAG AA's ${p.required}:1 for ${p.required === 3 ? "non-text" : "text"}.`,
  );
}
