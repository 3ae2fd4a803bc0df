// The st.* command map: a plain map built from imports (no switch, no mixins). Every command is installed as a
// method of DeltaGenerator, so st, st.sidebar and every container share one set of methods.
import { adoptPrototype } from "./shared-registry.ts";
import { DeltaGenerator } from "./dg.ts";
import type { ScriptRunner, StFactory } from "../script/runner.ts";
import { text } from "./text.ts";
import { markdown, caption, divider } from "./markdown.ts";
import { title, header, subheader } from "./heading.ts";
import { code } from "./code.ts";
import { error, warning, info, success } from "./alert.ts";
import { exception } from "./exception.ts";
import { json } from "./json.ts";
import { metric } from "./metric.ts";
import { empty } from "./empty.ts";
import { write } from "./write.ts";
import { writeStream } from "./write_stream.ts";
import { chatInput } from "./chat_input.ts";
import { chatMessage } from "./chat_message.ts";
import { button } from "./button.ts";
import { checkbox, toggle } from "./checkbox.ts";
import { radio, type RadioOptions } from "./radio.ts";
import { selectbox, type SelectboxOptions } from "./selectbox.ts";
import { multiselect, type MultiselectOptions } from "./multiselect.ts";
import { slider, type SliderOptions } from "./slider.ts";
import { textInput } from "./text_input.ts";
import { textArea } from "./text_area.ts";
import { numberInput } from "./number_input.ts";
import { dataEditor, type DataEditorOptions } from "./data_editor.ts";
import { container, columns, expander } from "./layout.ts";
import { stop, rerun } from "./control.ts";
import { setPageConfig } from "./page_config.ts";
import { vegaLiteChart } from "./vega_lite_chart.ts";
import { lineChart, areaChart, barChart, scatterChart } from "./charts.ts";
import { dataframe } from "./dataframe.ts";
import { table } from "./table.ts";
import { columnConfig } from "./column_config.ts";
import { cacheData, cacheResource } from "../cache/index.ts";
import { form, formSubmitButton } from "./form.ts";
import { map } from "./map.ts";
import { graphvizChart } from "./graphviz_chart.ts";
import { tabs } from "./tabs.ts";
import { popover } from "./popover.ts";
import { progress } from "./progress.ts";
import { toast } from "./toast.ts";
import { balloons } from "./balloons.ts";
import { snow } from "./snow.ts";
import { spinner } from "./spinner.ts";
import { status, type StatusHandle, type StatusOptions } from "./status.ts";
import { fragment, type FragmentOptions } from "./fragment.ts";
import { dialog } from "./dialog.ts";
import { connection, type ConnectionClass, type ConnectionOptions } from "../connections/connection.ts";
import type { BaseConnection } from "../connections/base.ts";
import type { SQLConnection } from "../connections/sql.ts";
import type { Secrets } from "../script/secrets.ts";
import { navigation, Page, switchPage } from "./navigation.ts";
import { pageLink } from "./page_link.ts";
import { contextView, type StContext } from "../script/st-context.ts";

export const commands = {
  text, markdown, caption, divider, title, header, subheader, code, error, warning, info, success, exception,
  chatInput, chatMessage, writeStream,
  json, metric, empty, write, button, checkbox, toggle, radio, selectbox, multiselect, slider, textInput, textArea,
  numberInput, container, columns, expander, stop, rerun, setPageConfig,
  dataEditor,
  vegaLiteChart, lineChart, areaChart, barChart, scatterChart,
  dataframe, table,
  form, formSubmitButton,
  map, graphvizChart,
  tabs, popover, progress, toast, balloons, snow, spinner, status,
  fragment, dialog,
  connection,
  navigation, Page, switchPage, pageLink,
};

type Commands = typeof commands;
type Method<F> = F extends (dg: DeltaGenerator, ...args: infer A) => infer R
  ? (...args: A) => R extends DeltaGenerator ? St : R extends DeltaGenerator[] ? St[] : R
  : never;
type Generic = "radio" | "selectbox" | "multiselect" | "slider" | "dataEditor" | "spinner" | "status" | "fragment" | "connection";
type Bound = { [K in Exclude<keyof Commands, Generic>]: Method<Commands[K]> };

/** Commands whose option types flow through to the value (a mapped type would lose the generics). */
interface GenericCommands {
  radio<T>(label: string, options: readonly T[], options_?: RadioOptions<T>): T | null;
  selectbox<T>(label: string, options: readonly T[], options_?: SelectboxOptions<T>): T | null;
  multiselect<T>(label: string, options: readonly T[], options_?: MultiselectOptions<T>): T[];
  /** A number, or `[low, high]` when `value` is a pair. */
  slider<O extends SliderOptions>(label: string, options?: O): O["value"] extends readonly [number, number] ? [number, number] : number;
  /** The data with the user's edits, in the shape it was given. */
  dataEditor<T>(data: T, options?: DataEditorOptions): T;
  /** Shows a spinner in place while `fn` runs; resolves to what `fn` returns. */
  spinner<T>(text: string, fn: () => T | Promise<T>): Promise<T>;
  spinner<T>(fn: () => T | Promise<T>): Promise<T>;
  /** A container with a state; `update()` changes its label, state and open state in place. */
  status(label: string, options?: StatusOptions): St & StatusHandle;
  /** A function whose widgets rerun only itself (optionally on a timer); resolves to its value on a full run. */
  fragment<T>(fn: (f: St) => T | Promise<T>, options?: FragmentOptions): Promise<Awaited<T>>;
  /** The connection `name` (settings from `[connections.NAME]` in secrets), made once per process (docs/connections.md). */
  connection<C extends BaseConnection<any>>(name: string, options: ConnectionOptions & { type: ConnectionClass<C> }): C;
  connection(name: string, options?: ConnectionOptions & { type?: "sql" }): SQLConnection;
}

/** What an app receives: every command, the sidebar, and session state. Containers are St too. */
export type St = Bound & GenericCommands & {
  /** The sidebar root container. */
  readonly sidebar: St;
  /** Per-session state; widget keys mirror their values. */
  readonly sessionState: Record<string, any>;
  /** Column config factories for st.dataframe (Streamlit's st.column_config). */
  readonly columnConfig: typeof columnConfig;
  /** Caches a function's results, a copy per call (Streamlit's st.cache_data; also `import { cacheData } from "sluice"`). */
  readonly cacheData: typeof cacheData;
  /** Caches a function's value, shared by every caller (Streamlit's st.cache_resource). */
  readonly cacheResource: typeof cacheResource;
  /** The app's secrets (.sluice/secrets.toml), read-only: `st.secrets.db.password`; a missing key throws SecretNotFoundError. */
  readonly secrets: Secrets;
  /** The URL's query parameters: `st.queryParams.tab`, `st.queryParams.tab = "2"`, getAll, delete, clear, fromDict. */
  readonly queryParams: Record<string, any>;
  /** Read-only facts about the browser's request: headers, cookies, url, locale, timezone, theme, … (docs/theming.md). */
  readonly context: StContext;
};

/** Registers one more command on every generator: the seam third-party elements use (see defineElement). */
export function installCommand(name: string, fn: (dg: DeltaGenerator, ...args: any[]) => unknown): void {
  Object.defineProperty(DeltaGenerator.prototype, name, {
    configurable: true,
    writable: true,
    value: function (this: DeltaGenerator, ...args: unknown[]) {
      return fn(this, ...args);
    },
  });
}

for (const [name, fn] of Object.entries(commands)) installCommand(name, fn as (dg: DeltaGenerator, ...a: any[]) => unknown);
adoptPrototype(DeltaGenerator.prototype); // and the commands defineElement adds, from any copy of sluice

Object.defineProperties(DeltaGenerator.prototype, {
  sidebar: { get(this: DeltaGenerator) { const dg = this.child([1]); dg.formId = ""; return dg; } },
  sessionState: { get(this: DeltaGenerator) { return this.runner.state.proxy(); } },
  columnConfig: { value: columnConfig },
  cacheData: { value: cacheData },
  cacheResource: { value: cacheResource },
  secrets: { get(this: DeltaGenerator) { return this.runner.secrets(); } },
  queryParams: { get(this: DeltaGenerator) { const url = this.runner.state.url; return url.proxy(() => this.ctx.send({ pageInfoChanged: { queryString: url.queryString() } })); } },
  context: { get(this: DeltaGenerator) { const state = this.runner.state; return contextView(() => state.context); } },
});

/** The st layer as the runner needs it. */
export const stFactory: StFactory<St> = {
  create: (runner: ScriptRunner) => new DeltaGenerator(runner, [0]) as unknown as St,
  showError: (st, e) => {
    const main = (st as unknown as DeltaGenerator).child([0]);
    exception(main, e);
  },
};
