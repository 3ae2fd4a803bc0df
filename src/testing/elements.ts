// Read-only AppTest elements (headings, Markdown, alerts, text, code, exception, json, metric) and the base class
// every element shares. Widgets and their actions are in widgets.ts; blocks in blocks.ts.
import type { sluice } from "../gen/proto.js";
import type { SessionState } from "../script/state.ts";
import type { TestNode } from "./lookup.ts";
import type { AppTest } from "./apptest.ts";

/** What an element needs from its AppTest: the session state, pending widget values, and run(). */
export interface Harness {
  readonly state: SessionState;
  /** Widget values set since the last run, by widget id, as stored values (an index, not the option). */
  readonly pending: Map<string, unknown>;
  /** Posted text a widget refused since the last run (see Widget.post), by widget id. */
  readonly pendingErrors: Map<string, sluice.IFieldError>;
  run(): Promise<AppTest>;
}

/** Where a node sits and what it is; shared by elements and blocks. */
export interface NodeInit {
  type: string;
  protoType: string;
  path: readonly number[];
  proto: any;
}

/** Any element. `.value` is the main thing it shows (a widget: its current value). */
export class Element implements TestNode {
  readonly type: string;
  readonly protoType: string;
  readonly path: readonly number[];
  readonly proto: any;
  protected readonly harness: Harness;

  constructor(init: NodeInit, harness: Harness) {
    this.type = init.type;
    this.protoType = init.protoType;
    this.path = init.path;
    this.proto = init.proto;
    this.harness = harness;
  }

  get key(): string | undefined {
    return undefined;
  }

  get value(): unknown {
    return this.proto;
  }

  /**
   * Reruns the app (same as `at.run()`), so actions chain.
   * @example await at.checkbox[0].check().run();
   */
  run(): Promise<AppTest> {
    return this.harness.run();
  }
}

/** st.title, st.header, st.subheader: `.value` is the heading text. */
export class Heading extends Element {
  override get value(): string {
    return this.proto.body;
  }
  /** "h1", "h2" or "h3". */
  get tag(): string {
    return this.proto.tag;
  }
}

/** st.markdown, st.caption, st.divider: `.value` is the Markdown source. */
export class Markdown extends Element {
  override get value(): string {
    return this.proto.body;
  }
  get allowHtml(): boolean {
    return this.proto.allowHtml;
  }
}

/** st.text. */
export class Text extends Element {
  override get value(): string {
    return this.proto.body;
  }
}

/** st.code: `.value` is the code, `.language` its language ("" for plain text). */
export class Code extends Element {
  override get value(): string {
    return this.proto.codeText;
  }
  get language(): string {
    return this.proto.language;
  }
}

/** st.success/info/warning/error: `.value` is the message body. */
export class Alert extends Element {
  override get value(): string {
    return this.proto.body;
  }
  get icon(): string {
    return this.proto.icon;
  }
}

/** st.exception and uncaught app errors: `.value` is the message; `.errorType` the error's name. */
export class Exception extends Element {
  override get value(): string {
    return this.proto.message;
  }
  get message(): string {
    return this.proto.message;
  }
  /** The error's class name, e.g. "TypeError" (`.type` is the element type, "exception"). */
  get errorType(): string {
    return this.proto.type;
  }
  get stackTrace(): string[] {
    return this.proto.stackTrace;
  }
}

/** st.json: `.value` is the parsed document; `.body` the JSON text. */
export class Json extends Element {
  override get value(): unknown {
    return JSON.parse(this.proto.body);
  }
  get body(): string {
    return this.proto.body;
  }
}

/** st.metric: `.value`, `.delta` and `.label` as shown. */
export class Metric extends Element {
  override get value(): string {
    return this.proto.body;
  }
  get label(): string {
    return this.proto.label;
  }
  get delta(): string {
    return this.proto.delta;
  }
}

/** st.empty() that nothing has replaced yet. */
export class Empty extends Element {
  override get value(): null {
    return null;
  }
}
