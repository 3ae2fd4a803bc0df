// Reads the theme variables out of the stylesheets: the light ones (`:root` outside media queries) and the dark
// ones (`:root` inside `@media (prefers-color-scheme: dark)`), for every file static/sluice.css bundles.
import { readdirSync, readFileSync } from "node:fs";

export const SHEETS = ["static/sluice.css", ...readdirSync("static/css").filter((f) => f.endsWith(".css") && f !== "70-theme.css").sort().map((f) => `static/css/${f}`)];

const decls = (block: string) => new Map([...block.matchAll(/(--sl-[\w-]+)\s*:\s*([^;}]+)/g)].map((m) => [m[1]!, m[2]!.trim()]));

/** [light, dark] variable maps; dark holds only what the dark media query changes. */
export function themeVars(files = SHEETS): [Map<string, string>, Map<string, string>] {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const f of files) {
    const css = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const m of css.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}\s*\}/g)) for (const [k, v] of decls(m[1]!)) dark.set(k, v);
    const outside = css.replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}/g, "");
    for (const m of outside.matchAll(/(?:^|\})\s*:root\s*\{([^}]*)\}/g)) for (const [k, v] of decls(m[1]!)) light.set(k, v);
  }
  return [light, dark];
}
