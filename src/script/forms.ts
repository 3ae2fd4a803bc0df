// Forms on the server: which forms a post submitted, and the rule that a form's widget values are applied only on
// a post that pressed one of that form's submit buttons (with or without JavaScript, and against a forged post).
// Also the forms a run has drawn (for Streamlit's errors and clearOnSubmit). The builders are in src/elements/form.ts.
import type { sluice } from "../gen/proto.js";
import type { RunContext } from "./context.ts";
import type { RerunRequest } from "./request.ts";
import type { WidgetDef } from "./widget.ts";

/** A form drawn in a run. */
export interface FormRun {
  readonly key: string;
  readonly clearOnSubmit: boolean;
  /** A submit button was drawn in it (else the form shows Streamlit's "Missing Submit Button" error). */
  hasSubmit: boolean;
}

const formsOfRun = new WeakMap<RunContext, Map<string, FormRun>>();

/** The forms drawn so far in a run, by key. */
export function runForms(ctx: RunContext): Map<string, FormRun> {
  let forms = formsOfRun.get(ctx);
  if (!forms) formsOfRun.set(ctx, (forms = new Map()));
  return forms;
}

const isSubmitPress = (ws: sluice.IWidgetState, registry: ReadonlyMap<string, WidgetDef>) => {
  const def = registry.get(ws.id ?? "");
  return !!def?.trigger && def.formId !== "" && ws.triggerValue === true && !def.disabled;
};

/** The forms whose submit button a post pressed. */
export function submittedForms(states: readonly sluice.IWidgetState[], registry: ReadonlyMap<string, WidgetDef>): Set<string> {
  const out = new Set<string>();
  for (const ws of states) if (isSubmitPress(ws, registry)) out.add(registry.get(ws.id ?? "")!.formId);
  return out;
}

/**
 * A post as the runner applies it: values and errors of widgets in forms it did not submit are dropped (the
 * session keeps their submitted values; the browser keeps what was typed), and submit presses come first, so the
 * submit button's onClick runs before any other callback (Streamlit's order).
 */
export function formPost(req: RerunRequest, registry: ReadonlyMap<string, WidgetDef>) {
  if (!req.widgetStates) return { states: null, errors: req.widgetErrors ?? [], submitted: new Set<string>() };
  const submitted = submittedForms(req.widgetStates, registry);
  const applies = (id: string | null | undefined) => {
    const formId = registry.get(id ?? "")?.formId ?? "";
    return formId === "" || submitted.has(formId);
  };
  const states = req.widgetStates.filter((ws) => applies(ws.id));
  const first = states.filter((ws) => isSubmitPress(ws, registry));
  return {
    states: [...first, ...states.filter((ws) => !first.includes(ws))],
    errors: (req.widgetErrors ?? []).filter((e) => applies(e.id)),
    submitted,
  };
}

/**
 * After a run that submitted a clearOnSubmit form: its widgets go back to their defaults (the app saw the
 * submitted values in that run; the browser was already shown the defaults).
 */
export function clearAfterRun(ctx: RunContext, def: WidgetDef, toPublic: (value: unknown) => unknown): void {
  ctx.finishers.push(() => {
    ctx.state.widgetValues.set(def.id, def.defaultValue);
    if (def.key !== undefined) ctx.state.user.set(def.key, toPublic(def.defaultValue));
  });
}

/** Whether a widget drawn now in `formId` shows its default instead of its value (its form was just submitted). */
export function clearsNow(ctx: RunContext, formId: string): boolean {
  return formId !== "" && ctx.submittedForms.has(formId) && !!runForms(ctx).get(formId)?.clearOnSubmit;
}
