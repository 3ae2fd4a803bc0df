// AppTest nodes for tabs, popovers, st.status and the status elements (progress, toast, spinner, balloons, snow).
import { Block } from "./blocks.ts";
import { Element } from "./elements.ts";

/** One tab of st.tabs: a container with its label. @example at.tabs[1].label */
export class Tab extends Block {
  get label(): string {
    return this.proto.label;
  }
}

/** st.popover: a container with its button's label. */
export class Popover extends Block {
  get label(): string {
    return this.proto.label;
  }
  get disabled(): boolean {
    return !!this.proto.disabled;
  }
}

/** st.status: a container with a label, a state ("running", "complete", "error") and whether it is expanded. */
export class Status extends Block {
  get label(): string {
    return this.proto.label;
  }
  get state(): string {
    return this.proto.state;
  }
  get expanded(): boolean {
    return !!this.proto.expanded;
  }
}

/** st.progress: `.value` is the percentage (0–100), `.text` its label. */
export class Progress extends Element {
  override get value(): number {
    return this.proto.value ?? 0;
  }
  get text(): string {
    return this.proto.text ?? "";
  }
}

/** st.toast: `.value` is its body. */
export class Toast extends Element {
  override get value(): string {
    return this.proto.body;
  }
  get icon(): string {
    return this.proto.icon ?? "";
  }
  /** Milliseconds before it hides itself; 0 for "infinite". */
  get durationMs(): number {
    return this.proto.durationMs ?? 0;
  }
}

/** st.spinner, while its callback runs (afterwards its slot is empty). */
export class Spinner extends Element {
  override get value(): string {
    return this.proto.text;
  }
}
