// What a widget registers in a run: its identity, default, and how its value crosses the wire (form fields and
// WidgetState) with validation. The session keeps the last run's definitions to decode and check rerun posts.
import type { sluice } from "../gen/proto.js";

export type WidgetValue = unknown;

/** What `fromForm` returns for a field that leaves the widget as it is (a radio with a default posted as none). */
export const KEEP: unique symbol = Symbol("keep");

export interface WidgetDef<V = WidgetValue> {
  readonly id: string;
  /** Command name, e.g. "slider", for messages. */
  readonly kind: string;
  readonly label: string;
  readonly key?: string;
  readonly formId: string;
  /** The fragment that wrote it, if any: a change to it alone reruns only that fragment. */
  readonly fragmentId?: string;
  readonly defaultValue: V;
  /** Buttons: true only in the run the press caused. */
  readonly trigger?: boolean;
  /** Disabled in the run that registered it: the server ignores values and presses posted for it. */
  readonly disabled?: boolean;
  /** Its value is secret (a password): never kept as entered text or rendered back. */
  readonly secret?: boolean;
  /** The limits a valid value keeps to, shown with an error ("A whole number from 0 to 100"). */
  readonly hint?: string;
  /**
   * Form fields of this widget (all values posted under its name) → value, or KEEP to leave it as it is. Throws
   * FieldValueError (a message for the user) for a value the widget cannot take.
   */
  fromForm(values: string[]): V | typeof KEEP;
  /**
   * For a widget whose controls post under `<id>[part]` names too (a data editor's cells): all its fields, by part
   * ("" for its own name). Throws FieldValueError, or PartialValueError to take part of the post.
   */
  fromFormParts?(parts: Map<string, string[]>): V | typeof KEEP;
  /** WidgetState from the wire → value. Throws BadRequestError on a wrong type or out-of-range value. */
  fromState(state: sluice.IWidgetState): V;
  /** Value → WidgetState (without id). */
  toState(value: V): sluice.IWidgetState;
  /** Value equality, for deciding whether onChange fires. */
  equals(a: V, b: V): boolean;
  /** Stored value → what the app sees (an option instead of its index, a number instead of [n]). Default: as is. */
  toPublic?(value: V): unknown;
  /** What the app assigned to st.sessionState[key] → stored value. Throws SluiceAPIError if it cannot be. */
  fromPublic?(value: unknown): V;
  readonly onChange?: (...args: unknown[]) => unknown;
  readonly args?: unknown[];
}
