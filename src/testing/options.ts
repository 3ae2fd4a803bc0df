// AppTest widgets over a list of options (st.radio, st.selectbox, st.multiselect): the app sees options, the wire
// carries their indices, and actions accept an option or its shown label.
import { Widget } from "./widgets.ts";

/** Widgets over a list of options: values are options (or their labels), stored as indices. */
export class OptionWidget<P> extends Widget<P> {
  /** The options as shown (labels after formatFunc). */
  get options(): string[] {
    return this.proto.options;
  }
  protected indexOf(option: unknown): number {
    const n = this.options.length;
    for (let i = 0; i < n; i++) if (this.optionAt(i) === option) return i;
    const byLabel = typeof option === "string" ? this.options.indexOf(option) : -1;
    if (byLabel >= 0) return byLabel;
    throw this.fail(option, `not one of the options (${this.options.join(", ")})`);
  }
  protected optionAt(i: number): unknown {
    const def = this.def;
    if (!def?.toPublic) return this.options[i];
    const one = def.toPublic(this.type === "multiselect" ? [i] : i);
    return Array.isArray(one) ? one[0] : one;
  }
}

/** st.selectbox and st.radio: `.value` is the option, `.index` its position (null for none). */
export class Selectbox<T = unknown> extends OptionWidget<T | null> {
  get index(): number | null {
    return this.stored() as number | null;
  }
  /** Selects an option (or its label). */
  select(option: T | string | null): this {
    return this.setValue(option as T | null);
  }
  /** Selects the option at `index`. */
  selectIndex(index: number | null): this {
    return this.setStored(index);
  }
  protected override toStored(value: unknown): unknown {
    return value === null ? null : this.indexOf(value);
  }
}

export { Selectbox as Radio };

/** st.multiselect: `.value` is the list of selected options. */
export class Multiselect<T = unknown> extends OptionWidget<T[]> {
  get indices(): number[] {
    return [...(this.stored() as number[])];
  }
  /** Adds an option to the selection. */
  select(option: T | string): this {
    const i = this.indexOf(option);
    const now = this.indices;
    return this.setStored(now.includes(i) ? now : [...now, i], option);
  }
  /** Removes an option from the selection. */
  unselect(option: T | string): this {
    const i = this.indexOf(option);
    return this.setStored(this.indices.filter((x) => x !== i), option);
  }
  protected override toStored(value: unknown): unknown {
    if (!Array.isArray(value)) throw this.fail(value, "expected a list of options");
    return value.map((v) => this.indexOf(v));
  }
}
