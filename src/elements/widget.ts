// Widget registration shared by every widget command: identity (Streamlit's id rule), duplicate detection,
// value resolution through session state, and the registered definition the session validates posts against.
import type { sluice } from "../gen/proto.js";
import type { WidgetDef } from "../script/widget.ts";
import { publicValue } from "../script/state.ts";
import { DuplicateWidgetIdError, FormError, FragmentWidgetOutsideError, SluiceAPIError } from "../util/errors.ts";
import { clearAfterRun, clearsNow, dropDraft, runForms } from "../script/forms.ts";
import { hashString } from "../util/hash.ts";
import type { DeltaGenerator } from "./dg.ts";

export interface CommonWidgetOptions {
  key?: string | number;
  help?: string;
  disabled?: boolean;
  labelVisibility?: "visible" | "hidden" | "collapsed";
  onChange?: (...args: any[]) => unknown;
  args?: unknown[];
}

export interface WidgetSpec<V> extends Omit<WidgetDef<V>, "id" | "key" | "formId" | "onChange" | "args"> {
  /** Parameters that make two keyless widgets different (Streamlit's identity kwargs). */
  identity: unknown[];
  /** Parameters that still matter when a key is given (value constraints). */
  keyedIdentity?: unknown[];
  options: CommonWidgetOptions;
}

/** The fields every widget message has (Streamlit's widget protos share them), to spread into its own. */
export interface CommonFields<V> {
  id: string;
  label: string;
  value: V;
  setValue: boolean;
  help: string;
  disabled: boolean;
  labelVisibility: sluice.ILabelVisibility | undefined;
  /** The value the browser last posted that the widget could not take, shown on it until a valid one arrives. */
  error: sluice.IFieldError | undefined;
  /** The form the widget is in ("" for none). */
  formId: string;
}

/** Streamlit's `$$ID-<hash>-<key|None>`. */
export function widgetId(kind: string, key: string | undefined, parts: unknown[]): string {
  return `$$ID-${hashString(JSON.stringify([kind, ...parts]))}-${key ?? "None"}`;
}

/**
 * Registers a widget in the current run and returns the value the app sees (def.toPublic of the stored value, a
 * copy); `build` makes its element message from the stored value.
 */
export function registerWidget<V, P = V>(
  dg: DeltaGenerator,
  spec: WidgetSpec<V>,
  build: (common: CommonFields<V>) => sluice.IElement,
): P {
  const ctx = dg.ctx;
  ctx.yieldPoint();
  const { options } = spec;
  const key = options.key === undefined ? undefined : String(options.key);
  if (key?.startsWith("$$ID")) throw new SluiceAPIError(`Widget keys may not start with "$$ID" (got "${key}").`);
  const formId = dg.formId;
  if (formId) checkInForm(dg, spec);
  const page = ctx.pageHash ? [ctx.pageHash] : []; // a page's widgets are its own (Streamlit's active_script_hash)
  const id = key !== undefined
    ? widgetId(spec.kind, key, [...(spec.keyedIdentity ?? []), formId, ...page])
    : widgetId(spec.kind, undefined, [spec.label, ...spec.identity, formId, ...page]);
  if (ctx.widgets.has(id) || (key !== undefined && ctx.state.instantiatedKeys.has(key))) {
    throw new DuplicateWidgetIdError(spec.kind, spec.label, key);
  }
  if (!ctx.insideFragment(dg.locked ?? dg.path)) throw new FragmentWidgetOutsideError(spec.kind, spec.label);
  const def: WidgetDef<V> = {
    ...spec,
    id,
    key,
    formId,
    fragmentId: ctx.fragmentId || undefined,
    disabled: !!options.disabled,
    onChange: options.onChange,
    args: options.args,
  };
  const previous = ctx.state.registry.get(id);
  ctx.widgets.set(id, def as WidgetDef);
  ctx.state.registry.set(id, def as WidgetDef);
  let { value, setByState } = ctx.state.resolve(def);
  if (previous && !setByState && !def.trigger && ctx.state.widgetValues.has(id)) {
    // A keyed widget keeps its id when its options or bounds change: carry its value over as the app saw it
    // (the same option, not the same index), or fall back to the default when it no longer fits.
    const carried = carryOver(previous, def as WidgetDef, value);
    if (!def.equals(carried as V, value)) ({ value, setByState } = { value: carried as V, setByState: true });
  }
  ctx.state.store(def as WidgetDef, value);
  if (setByState) ctx.state.fieldErrors.delete(id); // the app set a value: the browser's rejected one is moot
  // A clearOnSubmit form just submitted: the app sees the submitted value in this run; the browser shows the default.
  const clearing = !def.trigger && clearsNow(ctx, formId);
  if (clearing) clearAfterRun(ctx, def as WidgetDef, (v) => publicValue(def as WidgetDef, v));
  if (formId && (setByState || clearing)) dropDraft(ctx.state, id);
  const common: CommonFields<V> = {
    id,
    label: spec.label,
    value: clearing ? def.defaultValue : value,
    setValue: setByState || clearing,
    help: options.help ?? "",
    disabled: !!options.disabled,
    labelVisibility: labelVisibility(options.labelVisibility),
    error: ctx.state.fieldErrors.get(id),
    formId,
  };
  dg.writeElement(build(common));
  return publicValue(def as WidgetDef, value) as P;
}

/** Widgets in a form: no st.button (Streamlit's rule). Their onChange runs on the submit, after the submit button's onClick. */
function checkInForm(dg: DeltaGenerator, spec: WidgetSpec<any>): void {
  if (spec.kind === "button") {
    throw new FormError(`\`st.button\` "${spec.label}" can't be used in a form (\`st.form("${dg.formId}")\`): use \`formSubmitButton\` to submit it.`);
  }
  if (spec.kind === "form_submit_button") {
    const form = runForms(dg.ctx).get(dg.formId);
    if (form) form.hasSubmit = true;
  }
}

/**
 * A stored value under `previous` → the same public value under `def`, or def's default when it is gone. Options
 * that are objects rebuilt on every run cannot be found by identity: those keep their position if it still fits.
 */
function carryOver(previous: WidgetDef, def: WidgetDef, value: unknown): unknown {
  const fit = (stored: unknown) => def.fromState({ id: def.id, ...def.toState(stored) });
  const shown = publicValue(previous, value);
  try {
    return fit(def.fromPublic ? def.fromPublic(shown) : shown);
  } catch {
    const objects = (Array.isArray(shown) ? shown : [shown]).some((x) => typeof x === "object" && x !== null);
    try {
      return objects ? fit(value) : def.defaultValue;
    } catch {
      return def.defaultValue;
    }
  }
}

export const labelVisibility = (v: CommonWidgetOptions["labelVisibility"]): sluice.ILabelVisibility | undefined =>
  v === "hidden" ? { value: 1 } : v === "collapsed" ? { value: 2 } : undefined;
