/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The settings menu in the page chrome: a <details> disclosure holding a plain form (POST /_sluice/theme → 303
// back here) with the theme radio group. static/glue/70-theme.js applies a choice at once, without a reload.
// Outside #sl-form (forms do not nest), in a region landmark of its own.

export type ThemeChoice = "app" | "light" | "dark" | "auto";

export interface ThemeMenuProps {
  /** The reader's current choice. */
  choice: ThemeChoice;
  /** The app has a [theme]: "App theme" is offered (and is the default). */
  custom: boolean;
  /** The app theme's light or dark base (the glue sets it on <html> when "App theme" is chosen). */
  base: "light" | "dark";
  /** Where the no-JavaScript post returns: this page's path and query. */
  returnTo: string;
}

const LABELS: Record<ThemeChoice, string> = { app: "App theme", light: "Light", dark: "Dark", auto: "Auto (system)" };

export function ThemeMenu(p: ThemeMenuProps) {
  const choices: ThemeChoice[] = p.custom ? ["app", "light", "dark", "auto"] : ["light", "dark", "auto"];
  return (
    <section class="sl-settings-region" aria-label="Display">
    <details id="sl-settings" class="sl-settings">
      <summary>Settings</summary>
      <form class="sl-settings-panel" method="post" action="/_sluice/theme">
        <input type="hidden" name="return" value={p.returnTo} />
        <fieldset class="sl-widget sl-radio">
          <legend>Theme</legend>
          {choices.map((c) => (
            <div class="sl-option">
              <input type="radio" id={`sl-theme-${c}`} name="theme" value={c} checked={c === p.choice} data-base={c === "app" ? p.base : undefined} />
              <label for={`sl-theme-${c}`}>{LABELS[c]}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" class="sl-button sl-settings-apply">
          Apply theme
        </button>
      </form>
    </details>
    </section>
  );
}
