// Form decoding: a rerun post's fields → the session id, the last event the tab applied, and WidgetStates,
// checked against the widgets the session registered. Each widget's field is decoded on its own: a value the
// widget cannot take becomes an error for that widget. Pure; throws BadRequestError for what is not a value.
import type { sluice } from "../gen/proto.js";
import { KEEP, type WidgetDef } from "../script/widget.ts";
import { BadRequestError, FieldValueError, PartialValueError } from "../util/errors.ts";

export interface DecodedRerun {
  sessionId: string;
  /** Id of the last event the tab applied (0 if none). */
  lastEventId: number;
  /** The tab's number for this post (htmx posts count up from 1; a plain form post has none: 0). */
  seq: number;
  /** The request as the message the session takes: `BackMsg { rerun_script: ClientState }`. */
  backMsg: sluice.IBackMsg;
}

export type FormFields = Map<string, string[]>;

/** Reads urlencoded or multipart form data into name → values (in posted order). Files are refused. */
export function fieldsOf(form: FormData | URLSearchParams): FormFields {
  const out: FormFields = new Map();
  for (const [name, value] of form as Iterable<[string, string | Blob]>) {
    if (typeof value !== "string") throw new BadRequestError(`Field "${name}" is a file; rerun posts carry no files.`);
    const list = out.get(name);
    if (list) list.push(value);
    else out.set(name, [value]);
  }
  return out;
}

const one = (fields: FormFields, name: string): string | undefined => {
  const v = fields.get(name);
  if (v && v.length > 1) throw new BadRequestError(`Field "${name}" was sent ${v.length} times.`);
  return v?.[0];
};

/** An optional whole-number field (0 when absent). */
function count(fields: FormFields, name: string, what: string): number {
  const raw = one(fields, name) ?? "0";
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new BadRequestError(`${name} "${raw}" is not ${what}.`);
  return n;
}

/** The session id alone (to find the session before decoding the rest). */
export function sessionIdOf(fields: FormFields): string {
  const id = one(fields, "_sluice_session");
  if (!id) throw new BadRequestError("The rerun request has no _sluice_session field.");
  if (!/^[0-9a-f]{32,64}$/.test(id)) throw new BadRequestError("The _sluice_session field is not a session id.");
  return id;
}

/**
 * Decodes every widget field. An unknown widget rejects the whole request; a value its widget cannot take becomes
 * a WidgetError (the widget keeps its value and shows the message); fields of disabled widgets — values and
 * presses — are ignored, as a crafted post could otherwise change what the app did not offer.
 */
export function decodeRerun(fields: FormFields, registry: ReadonlyMap<string, WidgetDef>): DecodedRerun {
  const sessionId = sessionIdOf(fields);
  const lastEventId = count(fields, "_sluice_last", "an event id");
  const seq = count(fields, "_sluice_seq", "a post number");
  // The Stop button (Streamlit's): a stop, not a rerun; the values it carries are not applied.
  if (one(fields, "_sluice_stop")) return { sessionId, lastEventId, seq, backMsg: { stopScript: true } };
  const widgetStates: sluice.IWidgetState[] = [];
  const widgetErrors: sluice.IWidgetError[] = [];
  for (const [def, values, parts] of byWidget(fields, registry)) {
    if (def.disabled) continue;
    let value: unknown;
    try {
      value = parts ? def.fromFormParts!(parts) : def.fromForm(values);
    } catch (e) {
      if (!(e instanceof FieldValueError)) throw e;
      const entered = e instanceof PartialValueError ? e.entered : def.secret ? [] : values;
      widgetErrors.push({ id: def.id, message: e.message, hint: def.hint ?? "", entered });
      // A partly taken post (a data editor's valid cells) is applied, as well as shown with its error.
      if (e instanceof PartialValueError) widgetStates.push({ id: def.id, ...def.toState(e.value) });
      continue;
    }
    if (value !== KEEP) widgetStates.push({ id: def.id, ...def.toState(value) });
  }
  const rerunScript: sluice.IClientState = { widgetStates: { widgets: widgetStates }, widgetErrors };
  // A fragment the post asks to rerun alone: only a request, checked by the session (fragmentScope).
  const fragmentId = one(fields, "_sluice_fragment");
  if (fragmentId) rerunScript.fragmentId = fragmentId.slice(0, 64);
  Object.assign(rerunScript, pageRequest(one(fields, "_sluice_page"), one(fields, "_sluice_query")));
  return { sessionId, lastEventId, seq, backMsg: { rerunScript } };
}

/**
 * The posted fields by widget, in order of first appearance: a widget's own name, or `<id>[part]` for a widget
 * that takes parts (the part has no "[", so the last "[" splits it). Anything else is an unknown widget.
 */
function byWidget(fields: FormFields, registry: ReadonlyMap<string, WidgetDef>): [WidgetDef, string[], Map<string, string[]> | null][] {
  const out = new Map<string, [WidgetDef, string[], Map<string, string[]> | null]>();
  for (const [name, values] of fields) {
    if (name.startsWith("_sluice_")) continue;
    let def = registry.get(name);
    let part = "";
    const at = name.lastIndexOf("[");
    if (!def && at > 0 && name.endsWith("]")) {
      def = registry.get(name.slice(0, at));
      part = name.slice(at + 1, -1);
      if (def && !def.fromFormParts) def = undefined;
    }
    if (!def) throw new BadRequestError(`Unknown widget "${name.slice(0, 80)}": it is not on this page.`);
    const entry = out.get(def.id) ?? [def, [], def.fromFormParts ? new Map() : null];
    out.set(def.id, entry);
    if (entry[2]) entry[2].set(part, values);
    else entry[1] = values;
  }
  return [...out.values()];
}

/**
 * The page and query a post asks for: `_sluice_page` ("/dashboard?tab=2", a page link or nav button, or the address
 * bar after back/forward) sets both; `_sluice_query` (the address bar's query, sent by the glue) sets the query.
 */
export function pageRequest(page: string | undefined, query: string | undefined): Pick<sluice.IClientState, "pageName" | "queryString"> {
  const out: Pick<sluice.IClientState, "pageName" | "queryString"> = {};
  if (query !== undefined) out.queryString = query.replace(/^\?/, "");
  if (page === undefined) return out;
  if (!page.startsWith("/") || page.startsWith("//") || page.length > 2048) throw new BadRequestError("_sluice_page is not a path of this app.");
  const url = new URL(page, "http://app.invalid");
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice(1));
  } catch {
    throw new BadRequestError("_sluice_page is not a valid path.");
  }
  return { pageName: name.replace(/\/+$/, ""), queryString: url.search.slice(1) };
}
