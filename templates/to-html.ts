// JSX → string. Templates are synchronous (async work goes through templates/prepare.ts), so this never awaits.

/** Renders JSX to a string; throws if a template returned a promise. */
export function toHtml(jsx: unknown): string {
  const out = (jsx as { toString(): string | Promise<string> }).toString();
  if (typeof out !== "string") throw new Error("sluice templates must be synchronous");
  return out;
}
