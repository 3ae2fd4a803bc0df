// AppTest blocks: the roots (main, sidebar) and containers (st.container, st.columns, st.expander). Each block
// has the same element lists as AppTest, scoped to what is inside it.
import { Lookup, type TestNode } from "./lookup.ts";
import type { Harness, NodeInit } from "./elements.ts";
import type { Button } from "./widgets.ts";
import { AppTestError } from "./errors.ts";

/**
 * A container and what was written into it.
 * @example at.expander[0].text[0].value
 */
export class Block extends Lookup implements TestNode {
  readonly type: string;
  readonly protoType: string;
  readonly path: readonly number[];
  readonly proto: any;
  /** Direct children, in page order. */
  readonly children: TestNode[] = [];

  constructor(init: NodeInit) {
    super();
    this.type = init.type;
    this.protoType = init.protoType;
    this.path = init.path;
    this.proto = init.proto;
  }

  get key(): string | undefined {
    return this.proto?.key || undefined;
  }

  /** Everything inside, depth first, in page order. */
  descendants(): TestNode[] {
    const out: TestNode[] = [];
    const walk = (b: Block) => {
      for (const child of b.children) {
        out.push(child);
        if (child instanceof Block) walk(child);
      }
    };
    walk(this);
    return out;
  }

  protected nodes(): TestNode[] {
    return this.descendants();
  }
}

/** st.container({ key, border }). */
export class Container extends Block {
  get border(): boolean {
    return !!this.proto.border;
  }
}

/** st.chatMessage: `.name` ("user", "assistant", …), `.avatar` (as given; "" for the preset), and what is inside. */
export class ChatMessage extends Block {
  get name(): string {
    return this.proto.name;
  }
  get avatar(): string {
    return this.proto.avatar ?? "";
  }
}

/** One of the blocks st.columns returns. */
export class Column extends Block {
  get weight(): number {
    return this.proto.weight;
  }
  get gap(): string {
    return this.proto.gap;
  }
}

/** st.expander: a native <details>. */
export class Expander extends Block {
  get label(): string {
    return this.proto.label;
  }
  get expanded(): boolean {
    return !!this.proto.expanded;
  }
}

/**
 * st.form: its widgets, and submit() to press its first submit button for the next run.
 * @example at.form[0].textInput[0].input("ada@example.com"); await at.form[0].submit().run();
 */
export class Form extends Block {
  /** The form's key. */
  get formId(): string {
    return this.proto.formId;
  }
  override get key(): string | undefined {
    return this.proto.formId || undefined;
  }
  get clearOnSubmit(): boolean {
    return !!this.proto.clearOnSubmit;
  }
  get enterToSubmit(): boolean {
    return !!this.proto.enterToSubmit;
  }
  /** Presses the form's first submit button (as Enter in one of its fields would); returns that button. */
  submit(): Button {
    const button = this.formSubmitButton[0];
    if (!button) throw new AppTestError(`Form "${this.formId}" has no submit button to press.`);
    return button.click();
  }
}

/** st.dialog, while open (`heading` is its title). `close()` presses its Close button (as Escape does in the browser). */
export class Dialog extends Block {
  private readonly harness: Harness;
  constructor(init: NodeInit, harness: Harness) {
    super(init);
    this.harness = harness;
  }
  /** Its title (`title` lists the st.title elements inside, as on every block). */
  get heading(): string {
    return this.proto.title;
  }
  get width(): string {
    return this.proto.width;
  }
  get dismissible(): boolean {
    return !!this.proto.dismissible;
  }
  /** Closes it on the next run(), as the user's Escape or Close would. @example await at.dialog[0].close().run() */
  close(): Harness {
    if (this.proto.closeId) this.harness.pending.set(this.proto.closeId, true);
    return this.harness;
  }
}
