// The theme on the server: the reader's light / dark / auto / app-theme choice (a cookie, so the first paint is
// already right), what the page needs from it (the <html> attributes, the theme stylesheet link, the menu), the
// routes (GET /_sluice/theme.css, POST /_sluice/theme) and the contrast warnings logged at start.
import type { Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Config, ThemeConfig } from "../config.ts";
import { contrastWarnings } from "../theme/contrast.ts";
import { themeSheet } from "../theme/css.ts";
import { hasTheme } from "../theme/options.ts";
import { variantOf } from "../theme/palette.ts";
import { BadRequestError } from "../util/errors.ts";
import type { ThemeChoice, ThemeMenuProps } from "../../templates/theme-menu.tsx";
import { checkSameOrigin } from "./security.ts";
import { cookieOptions } from "./sessions-guard.ts";
import { readForm } from "./read-rerun.ts";

export const THEME_COOKIE = "sluice_theme";
const CHOICES: readonly ThemeChoice[] = ["app", "light", "dark", "auto"];
const YEAR = 365 * 24 * 3600;

/** The reader's choice: the cookie when it names one this app offers, else the app theme (or auto without one). */
export function themeChoice(c: Context, theme: ThemeConfig): ThemeChoice {
  const v = getCookie(c, THEME_COOKIE) as ThemeChoice | undefined;
  const custom = hasTheme(theme);
  if (v && CHOICES.includes(v) && (v !== "app" || custom)) return v;
  return custom ? "app" : "auto";
}

/** "light" / "dark" when the page's scheme is known on the server (a choice or the app theme), else undefined. */
export function schemeOf(choice: ThemeChoice, theme: ThemeConfig): "light" | "dark" | undefined {
  if (choice === "app") return variantOf(theme);
  return choice === "auto" ? undefined : choice;
}

/** What the page needs: <html> attributes, the theme stylesheet's URL (with an app theme) and the menu's props. */
export function pageTheme(c: Context, config: Config): { htmlAttrs: string; sheet?: string; menu: ThemeMenuProps } {
  const theme = config.theme;
  const choice = themeChoice(c, theme);
  const scheme = schemeOf(choice, theme);
  const custom = hasTheme(theme);
  const htmlAttrs = (scheme ? ` data-sl-theme="${scheme}"` : "") + (choice === "app" ? " data-sl-custom" : "");
  const url = new URL(c.req.url);
  const { hash } = themeSheet(theme);
  return {
    htmlAttrs,
    sheet: custom ? `/_sluice/theme.css?v=${hash}` : undefined,
    menu: { choice, custom, base: variantOf(theme), returnTo: url.pathname + url.search },
  };
}

/** A local path to return to after the no-JavaScript post: "/…", never "//host" or "/\host" (an open redirect). */
export function safeReturn(value: string | undefined): string {
  if (!value || !/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\u007f]/.test(value) || value.length > 2048) return "/";
  return value;
}

/** Mounts the theme routes and logs the theme's contrast warnings (docs/theming.md). */
export function mountTheme(hono: Hono, config: Config): void {
  for (const w of contrastWarnings(config.theme)) console.warn(w);

  hono.get("/_sluice/theme.css", (c) => {
    const { css, hash } = themeSheet(config.theme);
    if (!css) return c.text("This app has no [theme].", 404);
    const versioned = c.req.query("v") === hash;
    return c.body(css, 200, {
      "content-type": "text/css; charset=utf-8",
      "cache-control": versioned ? "public, max-age=31536000, immutable" : "no-cache",
      etag: `"${hash}"`,
    });
  });

  // The choice, kept per browser. A plain form post is answered with 303 back to the page it came from; the glue's
  // fetch (no "return" field) with 204.
  hono.post("/_sluice/theme", async (c) => {
    checkSameOrigin(c.req.raw, config.server.allowedOrigins);
    const form = await readForm(c, 4096, { notForm: "A theme choice is a form post.", tooLarge: "A theme choice is a small form post." });
    const choice = form.get("theme")?.[0];
    if (choice === undefined || !CHOICES.includes(choice as ThemeChoice)) throw new BadRequestError(`theme must be one of ${CHOICES.join(", ")}.`);
    setCookie(c, THEME_COOKIE, choice, { ...cookieOptions(c, config, "Lax"), maxAge: YEAR });
    const back = form.get("return")?.[0];
    if (back === undefined) return c.body(null, 204);
    return c.redirect(safeReturn(back), 303);
  });
}
