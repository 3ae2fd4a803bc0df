// AppTest blocks: the roots (main, sidebar) and containers (st.container, st.columns, st.expander). Each block
// has the same element lists as AppTest, scoped to what is inside it.
import { Lookup, type TestNode } from "./lookup.ts";
import type { NodeInit } from "./elements.ts";

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
