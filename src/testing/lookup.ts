// Finding elements in an AppTest tree: lists named after the st.* commands (`at.slider`, `at.sidebar.button`),
// `get(type)` and `getByKey(key)`. Shared by AppTest and every block; the tree itself is built in build.ts.
import type * as E from "./elements.ts";
import type * as W from "./widgets.ts";
import type * as O from "./options.ts";
import type * as B from "./blocks.ts";
import type { DataEditor } from "./data_editor.ts";
import type { Chart } from "./charts.ts";
import type * as D from "./data.ts";
import type * as G from "./geo.ts";
import type * as S from "./status.ts";
import { AppTestError } from "./errors.ts";

/** What every element and block of the tree has. */
export interface TestNode {
  /** The command that wrote it: "title", "toggle", "columns"… (several commands share one proto member). */
  readonly type: string;
  /** The Element / Block oneof member: "heading", "checkbox", "horizontal"… */
  readonly protoType: string;
  /** Its delta path, e.g. [0, 2] for the third element of the main area. */
  readonly path: readonly number[];
  /** The decoded proto of the oneof member (e.g. a `sluice.Slider`). */
  readonly proto: any;
  /** The widget's or container's key, if it was given one. */
  readonly key: string | undefined;
}

/**
 * An array of elements of one kind, in page order, plus lookup by key.
 * @example at.button.byKey("save").click()
 */
export class ElementList<T extends TestNode> extends Array<T> {
  // map/filter/slice give plain arrays, so `assert.equal(at.text.map((t) => t.value), ["a"])` compares equal.
  static get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** The one element with this key; throws AppTestError when there is none. */
  byKey(key: string): T {
    const found = this.find((n) => n.key === key);
    if (!found) {
      const keys = this.map((n) => n.key).filter((k) => k !== undefined);
      throw new AppTestError(`No element with key "${key}" in this list${keys.length ? ` (keys: ${keys.join(", ")})` : ""}.`);
    }
    return found;
  }
}

export function listOf<T extends TestNode>(items: Iterable<T>): ElementList<T> {
  const list = new ElementList<T>();
  for (const item of items) list.push(item);
  return list;
}

// Proto members that are also the name of one of the commands writing them: `get("markdown")` means st.markdown
// (not its captions and dividers), `get("checkbox")` st.checkbox (not toggles), `get("button")` st.button (not submit buttons).
const COMMAND_NAMED = new Set(["markdown", "checkbox", "button", "vegaLiteChart"]);

/** Element lists over some part of the tree. Subclasses say which nodes are in scope. */
export abstract class Lookup {
  /** Every node in scope, depth first, in page order. */
  protected abstract nodes(): TestNode[];

  /**
   * Every element or block of a type: a command name ("title", "toggle", "expander") or a proto member
   * ("heading" for every title, header and subheader; "alert"; "horizontal" for a row of columns).
   * @example at.get("alert").length
   */
  get<T extends TestNode = TestNode>(type: string): ElementList<T> {
    const byProto = !COMMAND_NAMED.has(type);
    return listOf(this.nodes().filter((n) => n.type === type || (byProto && n.protoType === type)) as T[]);
  }

  /**
   * The one element or block with this key, whatever its kind.
   * @example at.getByKey("name").input("Ada")
   */
  getByKey<T extends TestNode = TestNode>(key: string): T {
    const found = this.nodes().filter((n) => n.key === key);
    if (found.length !== 1) {
      throw new AppTestError(found.length ? `${found.length} elements have key "${key}".` : `No element has key "${key}".`);
    }
    return found[0] as T;
  }

  get title(): ElementList<E.Heading> { return this.get("title"); }
  get header(): ElementList<E.Heading> { return this.get("header"); }
  get subheader(): ElementList<E.Heading> { return this.get("subheader"); }
  get markdown(): ElementList<E.Markdown> { return this.get("markdown"); }
  get chatInput(): ElementList<W.ChatInput> { return this.get("chatInput"); }
  get chatMessage(): ElementList<B.ChatMessage> { return this.get("chatMessage"); }
  get caption(): ElementList<E.Markdown> { return this.get("caption"); }
  get divider(): ElementList<E.Markdown> { return this.get("divider"); }
  get text(): ElementList<E.Text> { return this.get("text"); }
  get code(): ElementList<E.Code> { return this.get("code"); }
  get success(): ElementList<E.Alert> { return this.get("success"); }
  get info(): ElementList<E.Alert> { return this.get("info"); }
  get warning(): ElementList<E.Alert> { return this.get("warning"); }
  get error(): ElementList<E.Alert> { return this.get("error"); }
  get exception(): ElementList<E.Exception> { return this.get("exception"); }
  get json(): ElementList<E.Json> { return this.get("json"); }
  get metric(): ElementList<E.Metric> { return this.get("metric"); }
  get empty(): ElementList<E.Empty> { return this.get("empty"); }
  get button(): ElementList<W.Button> { return this.get("button"); }
  get checkbox(): ElementList<W.Checkbox> { return this.get("checkbox"); }
  get toggle(): ElementList<W.Checkbox> { return this.get("toggle"); }
  get radio(): ElementList<O.Radio> { return this.get("radio"); }
  get selectbox(): ElementList<O.Selectbox> { return this.get("selectbox"); }
  get multiselect(): ElementList<O.Multiselect> { return this.get("multiselect"); }
  get slider(): ElementList<W.Slider> { return this.get("slider"); }
  get textInput(): ElementList<W.TextInput> { return this.get("textInput"); }
  get textArea(): ElementList<W.TextInput> { return this.get("textArea"); }
  get numberInput(): ElementList<W.NumberInput> { return this.get("numberInput"); }
  get dataEditor(): ElementList<DataEditor> { return this.get("dataEditor"); }
  get lineChart(): ElementList<Chart> { return this.get("lineChart"); }
  get areaChart(): ElementList<Chart> { return this.get("areaChart"); }
  get barChart(): ElementList<Chart> { return this.get("barChart"); }
  get scatterChart(): ElementList<Chart> { return this.get("scatterChart"); }
  /** st.vegaLiteChart only; `charts` lists every chart. */
  get vegaLiteChart(): ElementList<Chart> { return this.get("vegaLiteChart"); }
  /** Every chart (built-in and st.vegaLiteChart), in page order. */
  get charts(): ElementList<Chart> { return listOf(this.nodes().filter((n) => n.protoType === "vegaLiteChart") as Chart[]); }
  get dataframe(): ElementList<D.Dataframe> { return this.get("dataframe"); }
  get table(): ElementList<D.Table> { return this.get("table"); }
  get map(): ElementList<G.MapChart> { return this.get("map"); }
  get graphvizChart(): ElementList<G.GraphvizChart> { return this.get("graphvizChart"); }
  get columns(): ElementList<B.Column> { return this.get("column"); }
  get expander(): ElementList<B.Expander> { return this.get("expander"); }
  get container(): ElementList<B.Container> { return this.get("container"); }
  get form(): ElementList<B.Form> { return this.get("form"); }
  get formSubmitButton(): ElementList<W.Button> { return this.get("formSubmitButton"); }
  /** Every tab of every st.tabs, in page order. */
  get tabs(): ElementList<S.Tab> { return this.get("tab"); }
  get popover(): ElementList<S.Popover> { return this.get("popover"); }
  get status(): ElementList<S.Status> { return this.get("status"); }
  get progress(): ElementList<S.Progress> { return this.get("progress"); }
  get toast(): ElementList<S.Toast> { return this.get("toast"); }
  get spinner(): ElementList<S.Spinner> { return this.get("spinner"); }
  get dialog(): ElementList<B.Dialog> { return this.get("dialog"); }
}
