// AppTest widgets: the current value as the app sees it, and the actions a user could take in the browser.
// An action goes through the widget's registered definition (toState → fromState, as a rerun post does), so
// a value the browser could not send throws AppTestError; it takes effect on the next run().
import { KEEP, type WidgetDef } from "../script/widget.ts";
import { FieldValueError } from "../util/errors.ts";
import { publicValue } from "../script/state.ts";
import { Element } from "./elements.ts";
import { AppTestError } from "./errors.ts";

const show = (v: unknown) => {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

/** Any widget. `.value` is what the app sees (an option, not its index), including a value set but not yet run. */
export class Widget<P = unknown> extends Element {
  get id(): string {
    return this.proto.id;
  }
  get label(): string {
    return this.proto.label;
  }
  get help(): string {
    return this.proto.help ?? "";
  }
  get disabled(): boolean {
    return !!this.proto.disabled;
  }
  get formId(): string {
    return this.proto.formId ?? "";
  }
  /** The error the widget shows ("Quantity must be between 0 and 100") after a refused post(), or null. */
  get error(): string | null {
    return this.proto.error?.message || null;
  }
  /** The definition the widget registered in the run that drew it. */
  get def(): WidgetDef | undefined {
    return this.harness.state.registry.get(this.id);
  }

  override get key(): string | undefined {
    const def = this.def;
    if (def) return def.key;
    const m = /^\$\$ID-[0-9a-z]+-(.*)$/.exec(this.id);
    return m && m[1] !== "None" ? m[1] : undefined;
  }

  override get value(): P {
    const def = this.def;
    const stored = this.stored();
    return (def ? publicValue(def, stored) : stored) as P;
  }

  /**
   * Sets the value the next run sees, as the app would see it (an option, a number).
   * @example at.slider[0].setValue(7); await at.run();
   */
  setValue(value: P): this {
    return this.setStored(this.toStored(value), value);
  }

  /**
   * Posts raw form text, as the browser's field would (a number input's "200", a checkbox's "0" then "1"). A value
   * the widget cannot take is refused as on the server: after the next run the widget shows `.error` and keeps its
   * value; the text stays "in the field" (posted again) until the next setValue() or post().
   * @example await at.numberInput[0].post("200").run(); at.numberInput[0].error
   */
  post(...values: string[]): this {
    const def = this.usable();
    this.harness.pending.delete(def.id);
    this.harness.pendingErrors.delete(def.id);
    try {
      const value = def.fromForm(values);
      if (value !== KEEP) this.harness.pending.set(def.id, value);
    } catch (e) {
      if (!(e instanceof FieldValueError)) throw e;
      this.harness.pendingErrors.set(def.id, { message: e.message, hint: def.hint ?? "", entered: def.secret ? [] : values });
    }
    return this;
  }

  /** The stored value: set-but-not-run, else the session's, else the default. */
  protected stored(): unknown {
    const { pending, state } = this.harness;
    if (pending.has(this.id)) return pending.get(this.id);
    const def = this.def;
    if (def?.trigger) return state.triggers.has(this.id);
    if (state.widgetValues.has(this.id)) return state.widgetValues.get(this.id);
    return def ? def.defaultValue : this.proto.value;
  }

  /** Public value → stored value; subclasses map options to indices. */
  protected toStored(value: unknown): unknown {
    return value;
  }

  protected fail(value: unknown, why: string): AppTestError {
    return new AppTestError(`Cannot set st.${this.type} "${this.label}" to ${show(value)}: ${why}`);
  }

  protected usable(): WidgetDef {
    const def = this.def;
    if (!def) throw new AppTestError(`st.${this.type} "${this.label}" is not registered in the session (was it drawn by the last run?).`);
    if (this.disabled) throw new AppTestError(`st.${this.type} "${this.label}" is disabled; a user could not change it.`);
    return def;
  }

  protected setStored(stored: unknown, shown: unknown = stored): this {
    const def = this.usable();
    let checked: unknown;
    try {
      checked = def.fromState({ id: def.id, ...def.toState(stored) });
    } catch (e) {
      throw this.fail(shown, e instanceof Error ? e.message : String(e));
    }
    this.harness.pending.set(def.id, checked);
    this.harness.pendingErrors.delete(def.id);
    return this;
  }
}

/** st.button: `.value` is true only in the run a click caused. */
export class Button extends Widget<boolean> {
  /** Presses the button for the next run. */
  click(): this {
    this.usable();
    this.harness.pending.set(this.id, true);
    return this;
  }
}

/** st.checkbox and st.toggle. */
export class Checkbox extends Widget<boolean> {
  check(): this {
    return this.setValue(true);
  }
  uncheck(): this {
    return this.setValue(false);
  }
  protected override toStored(value: unknown): unknown {
    if (typeof value !== "boolean") throw this.fail(value, "expected true or false");
    return value;
  }
}

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** st.slider: `.value` is a number, or [low, high] for a range slider. */
export class Slider<V = any> extends Widget<V> {
  get min(): number {
    return this.proto.min;
  }
  get max(): number {
    return this.proto.max;
  }
  get step(): number {
    return this.proto.step;
  }
  /** Sets both ends of a range slider. */
  setRange(low: number, high: number): this {
    return this.setValue([low, high] as V);
  }
  protected override toStored(value: unknown): unknown {
    const xs = Array.isArray(value) ? [...value] : [value];
    if (!xs.every(isNumber)) throw this.fail(value, "expected a number or a pair of numbers");
    return xs;
  }
}

/** st.textInput and st.textArea. */
export class TextInput extends Widget<string> {
  get maxChars(): number {
    return this.proto.maxChars ?? 0;
  }
  /** Types text, cut to maxChars as the browser's maxlength does. */
  input(text: string): this {
    const max = this.maxChars;
    const chars = [...String(text)];
    return this.setValue(max > 0 && chars.length > max ? chars.slice(0, max).join("") : String(text));
  }
  protected override toStored(value: unknown): unknown {
    if (typeof value !== "string") throw this.fail(value, "expected text");
    return value;
  }
}

export { TextInput as TextArea };

/** st.numberInput: `.value` is a number or null (empty). */
export class NumberInput extends Widget<number | null> {
  get step(): number {
    return this.proto.step;
  }
  get min(): number | undefined {
    return this.proto.hasMin ? this.proto.min : undefined;
  }
  get max(): number | undefined {
    return this.proto.hasMax ? this.proto.max : undefined;
  }
  /** Adds one step, stopping at the maximum. */
  increment(): this {
    return this.stepBy(1);
  }
  /** Subtracts one step, stopping at the minimum. */
  decrement(): this {
    return this.stepBy(-1);
  }
  private stepBy(sign: 1 | -1): this {
    const now = this.stored() as number | null;
    const decimals = (String(this.step).split(".")[1] ?? "").length;
    let next = now === null ? (this.min ?? 0) : Number((now + sign * this.step).toFixed(decimals));
    if (this.max !== undefined) next = Math.min(next, this.max);
    if (this.min !== undefined) next = Math.max(next, this.min);
    return this.setValue(next);
  }
  protected override toStored(value: unknown): unknown {
    if (value !== null && !isNumber(value)) throw this.fail(value, "expected a number or null");
    return value;
  }
}

/** st.chatInput: `.value` is the message on the run it was sent, else null; `setValue(text)` sends one. */
export class ChatInput extends Widget<string | null> {
  override get label(): string {
    return this.proto.placeholder;
  }
  get maxChars(): number {
    return this.proto.maxChars ?? 0;
  }
  protected override toStored(value: unknown): unknown {
    if (typeof value !== "string" || value.trim() === "") throw this.fail(value, "expected the text of a message");
    return value;
  }
}
