// Forms on the server: which forms a post submitted, and the rule that a form's widget values are applied only on
// a post that pressed one of that form's submit buttons (with or without JavaScript, and against a forged post).
// Also the forms a run has drawn (for Streamlit's errors and clearOnSubmit). The builders are in src/elements/form.ts.
import type { sluice } from "../gen/proto.js";
import type { UpsertPatch } from "../diff/diff.ts";
import type { RunContext } from "./context.ts";
import type { RerunRequest } from "./request.ts";
import type { SessionState } from "./state.ts";
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
    /** Values posted for forms the post did not submit: what the user has typed there so far. */
    unsubmitted: req.widgetStates.filter((ws) => !applies(ws.id)),
  };
}

const draftsOf = new WeakMap<SessionState, Map<string, unknown>>();

/**
 * Remembers what a post carried for forms it did not submit (the browser's unsubmitted typing), for a page rendered
 * without JavaScript: after Apply it shows that typing again, as the browser does with scripts. A submit of the
 * form, or the app setting the value, forgets it. Never kept for a secret (a password).
 */
export function keepDrafts(state: SessionState, post: ReturnType<typeof formPost>): void {
  let drafts = draftsOf.get(state);
  if (!drafts) draftsOf.set(state, (drafts = new Map()));
  for (const [id, def] of [...drafts].map(([id]) => [id, state.registry.get(id)] as const)) {
    if (!def || post.submitted.has(def.formId)) drafts.delete(id);
  }
  for (const ws of post.unsubmitted ?? []) {
    const def = state.registry.get(ws.id ?? "");
    if (!def || def.trigger || def.secret) continue;
    const value = def.fromState(ws);
    const stored = state.valueOf(def);
    if (def.equals(stored, value)) drafts.delete(def.id);
    else drafts.set(def.id, value);
  }
}

/** Forgets a widget's draft (the app set its value, or its form was cleared). */
export function dropDraft(state: SessionState, id: string): void {
  draftsOf.get(state)?.delete(id);
}

/** A snapshot of the tree with each form widget showing its draft (for the page a no-JavaScript post returns to). */
export function withDrafts(state: SessionState, tree: UpsertPatch[]): UpsertPatch[] {
  const drafts = draftsOf.get(state);
  if (!drafts?.size) return tree;
  return tree.map((p) => {
    const inner = (p.message as any)[p.type];
    if (p.delta !== "element" || typeof inner?.id !== "string" || !drafts.has(inner.id)) return p;
    const shown = Object.assign(Object.create(Object.getPrototypeOf(inner)), inner, { value: drafts.get(inner.id) });
    return { ...p, message: { ...p.message, [p.type]: shown } };
  });
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
