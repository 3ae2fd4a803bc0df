// The app theme as a stylesheet (/_sluice/theme.css): the palette's colours as the CSS custom properties
// static/sluice.css uses, on <html data-sl-custom> (the attribute the page sets unless the reader chose light,
// dark or auto in the settings menu), and the sidebar's on .sl-sidebar. Served as a file, not an inline <style>:
// the CSP stays `style-src 'self'` (docs/theming.md).
import type { ThemeConfig } from "../config.ts";
import { hashString } from "../util/hash.ts";
import { isDark } from "./color.ts";
import { hasTheme, RADII } from "./options.ts";
import { mainPalette, sidebarPalette, variantOf, type Palette } from "./palette.ts";

const FONTS: Readonly<Record<string, string>> = {
  "sans-serif": 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  serif: 'ui-serif, Georgia, Cambria, "Times New Roman", serif',
  monospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
};
const font = (f: string) => (FONTS[f] ?? f) + ", var(--sl-emoji)";

function vars(p: Palette, t: { font: string; codeFont: string }): string[] {
  const out = [
    `--sl-bg: ${p.bg.hex}`, `--sl-bg2: ${p.bg2.hex}`, `--sl-text: ${p.text.hex}`, `--sl-muted: ${p.muted.hex}`,
    `--sl-primary: ${p.primary.hex}`, `--sl-primary-text: ${p.primaryText.hex}`, `--sl-border: ${p.border.hex}`,
    `--sl-focus: ${p.focus.hex}`, `--sl-link: ${p.link.hex}`,
  ];
  if (p.primary.from !== "default") out.push(`--sl-chart-1: ${p.primary.hex}`); // Streamlit's first series colour
  if (t.font) out.push(`--sl-font: ${font(t.font)}`);
  if (t.codeFont) out.push(`--sl-mono: ${font(t.codeFont)}`);
  return out;
}

/** The stylesheet of an app theme, or "" when the app sets none. */
export function themeCss(theme: ThemeConfig): string {
  if (!hasTheme(theme)) return "";
  const main = mainPalette(theme);
  const rules = vars(main, theme);
  if (theme.baseRadius) rules.push(`--sl-radius: ${RADII[theme.baseRadius] ?? theme.baseRadius}`);
  rules.push(`color-scheme: ${variantOf(theme)}`);
  let css = `/* The app's [theme] (docs/theming.md). */\n:root[data-sl-custom] {\n  ${rules.join(";\n  ")};\n}\n`;
  css += ":root[data-sl-custom] body { font-family: var(--sl-font); }\n";
  const side = sidebarPalette(theme, main);
  if (side) {
    const own = vars(side, theme.sidebar).filter((d) => !d.startsWith("--sl-chart-1") || theme.sidebar.primaryColor);
    css += `:root[data-sl-custom] .sl-sidebar {\n  ${own.join(";\n  ")};\n  background: var(--sl-bg);\n  color: var(--sl-text);\n`;
    css += `  font-family: var(--sl-font);\n  color-scheme: ${isDark(side.bg.rgba) ? "dark" : "light"};\n}\n`;
  }
  return css;
}

/** The theme's stylesheet and its content hash (for /_sluice/theme.css?v=…), made once per config. */
const made = new WeakMap<ThemeConfig, { css: string; hash: string }>();
export function themeSheet(theme: ThemeConfig): { css: string; hash: string } {
  let m = made.get(theme);
  if (!m) {
    const css = themeCss(theme);
    made.set(theme, (m = { css, hash: css ? hashString(css) : "" }));
  }
  return m;
}
