// Per-session state the app sees: st.sessionState (user keys and widget keys) and widget values by id.
// Widget keys mirror their widget's value; a key set before its widget is created sets the widget's value.
import type { sluice } from "../gen/proto.js";
import { WidgetAlreadyInstantiatedError } from "../util/errors.ts";
import type { WidgetDef, WidgetValue } from "./widget.ts";
import { UrlState } from "../pages/url.ts";
import type { ClientContext } from "./st-context.ts";

export class SessionState {
  /** st.sessionState: user keys and the keys of keyed widgets. */
  readonly user = new Map<string, unknown>();
  /** Current value of each widget, by widget id. */
  readonly widgetValues = new Map<string, WidgetValue>();
  /** Widgets the browser pressed for the coming run. */
  readonly triggers = new Set<string>();
  /** Keys written through st.sessionState since their widget last read them. */
  readonly dirtyKeys = new Set<string>();
  /** Definitions of the widgets known to the browser: the last run's, plus any newer run's so far. */
  registry = new Map<string, WidgetDef>();
  /** Widgets showing an error: the browser posted a value they could not take; cleared by a valid one. */
  readonly fieldErrors = new Map<string, sluice.IFieldError>();
  /** Keys whose widgets were created in the current run (writing them now is an error). */
  instantiatedKeys = new Set<string>();
  /** The tab's URL: the page asked for and the query parameters (st.queryParams; src/pages/url.ts). */
  readonly url = new UrlState();
  /** st.context's facts (src/script/st-context.ts): the page request's, then what the browser's posts report. */
  context: ClientContext = {};

  idForKey(key: string): string | undefined {
    for (const def of this.registry.values()) if (def.key === key) return def.id;
    return undefined;
  }

  /** The st.sessionState object: a Proxy with property access, `in`, delete, and a few dict methods. */
  proxy(): Record<string, any> {
    const state = this;
    const methods: Record<string, unknown> = {
      get: (k: string, d?: unknown) => (state.user.has(k) ? state.user.get(k) : d),
      has: (k: string) => state.user.has(k),
      toDict: () => Object.fromEntries(state.user),
      clear: () => [...state.user.keys()].forEach((k) => state.delete(k)),
      setdefault: (k: string, v: unknown) => (state.user.has(k) ? state.user.get(k) : (state.set(k, v), v)),
    };
    return new Proxy(Object.create(null), {
      get: (_t, k) => (typeof k !== "string" ? undefined : state.user.has(k) ? state.user.get(k) : methods[k]),
      set: (_t, k, v) => (typeof k === "string" && state.set(k, v), true),
      has: (_t, k) => typeof k === "string" && state.user.has(k),
      deleteProperty: (_t, k) => (typeof k === "string" && state.delete(k), true),
      ownKeys: () => [...state.user.keys()],
      getOwnPropertyDescriptor: (_t, k) =>
        typeof k === "string" && state.user.has(k)
          ? { value: state.user.get(k), enumerable: true, configurable: true, writable: true }
          : undefined,
    });
  }

  set(key: string, value: unknown): void {
    if (this.instantiatedKeys.has(key)) throw new WidgetAlreadyInstantiatedError(key);
    this.user.set(key, value);
    this.dirtyKeys.add(key);
  }

  delete(key: string): void {
    this.user.delete(key);
    this.dirtyKeys.delete(key);
    const id = this.idForKey(key);
    if (id) this.widgetValues.delete(id);
    if (id) this.fieldErrors.delete(id);
  }

  /** A post's errors: a widget whose valid value arrived drops its error; a widget with an invalid one gets it. */
  applyErrors(states: readonly sluice.IWidgetState[], errors: readonly sluice.IWidgetError[]): void {
    for (const ws of states) this.fieldErrors.delete(ws.id ?? "");
    for (const e of errors) this.fieldErrors.set(e.id ?? "", { message: e.message ?? "", hint: e.hint ?? "", entered: e.entered ?? [] });
  }

  /**
   * A widget's value for this run: a value set through st.sessionState before the widget wins (and is flagged so
   * the browser updates), then the stored value, then the default.
   */
  resolve<V>(def: WidgetDef<V>): { value: V; setByState: boolean } {
    if (def.trigger) return { value: this.triggers.has(def.id) as V, setByState: false };
    if (def.key !== undefined && this.dirtyKeys.has(def.key)) {
      this.dirtyKeys.delete(def.key);
      const assigned = this.user.get(def.key);
      return { value: def.fromPublic ? def.fromPublic(assigned) : (assigned as V), setByState: true };
    }
    if (this.widgetValues.has(def.id)) return { value: this.widgetValues.get(def.id) as V, setByState: false };
    return { value: def.defaultValue, setByState: false };
  }

  /** The value the session holds for a widget: what was last applied, else its default. */
  valueOf(def: WidgetDef): unknown {
    return this.widgetValues.has(def.id) ? this.widgetValues.get(def.id) : def.defaultValue;
  }

  /**
   * The widgets a post changes, in post order: a pressed trigger, a value that differs from the one held, or a value
   * the widget refuses (a change the user made too; the runner reports it). Nothing is applied.
   */
  changedBy(widgetStates: readonly sluice.IWidgetState[]): WidgetDef[] {
    const changed: WidgetDef[] = [];
    for (const ws of widgetStates) {
      const def = this.registry.get(ws.id ?? "");
      if (!def) continue;
      if (def.trigger) {
        if (ws.triggerValue) changed.push(def);
        continue;
      }
      try {
        if (!def.equals(this.valueOf(def), def.fromState(ws))) changed.push(def);
      } catch {
        changed.push(def);
      }
    }
    return changed;
  }

  /** Records a widget's value after it was created in a run (and mirrors it into its key). */
  store(def: WidgetDef, value: WidgetValue): void {
    if (!def.trigger) this.widgetValues.set(def.id, value);
    if (def.key !== undefined) {
      this.user.set(def.key, publicValue(def, value));
      this.instantiatedKeys.add(def.key);
    }
  }

  /** End of a completed full run: forget widgets the run did not create, and their keys. */
  cleanup(thisRun: Map<string, WidgetDef>): void {
    for (const [id, def] of this.registry) {
      if (thisRun.has(id)) continue;
      this.widgetValues.delete(id);
      this.fieldErrors.delete(id);
      // A key the app wrote itself (and no widget has read since) is the app's: Streamlit's way to keep a page's
      // widget values across pages is `st.sessionState.k = st.sessionState.k` (docs/pages.md).
      if (def.key !== undefined && !this.dirtyKeys.has(def.key) && ![...thisRun.values()].some((d) => d.key === def.key)) this.user.delete(def.key);
    }
    this.registry = new Map(thisRun);
  }
}

/** A widget's value as the app sees it (a copy for arrays, so the app cannot change stored state through it). */
export function publicValue(def: WidgetDef, value: WidgetValue): unknown {
  const v = def.toPublic ? def.toPublic(value) : value;
  return Array.isArray(v) ? [...v] : v;
}
