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
};

type Commands = typeof commands;
type Method<F> = F extends (dg: DeltaGenerator, ...args: infer A) => infer R
  ? (...args: A) => R extends DeltaGenerator ? St : R extends DeltaGenerator[] ? St[] : R
  : never;
type Generic = "radio" | "selectbox" | "multiselect" | "slider" | "dataEditor" | "spinner" | "status" | "fragment";
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
}

/** What an app receives: every command, the sidebar, and session state. Containers are St too. */
export type St = Bound & GenericCommands & {
  /** The sidebar root container. */
  readonly sidebar: St;
  /** Per-session state; widget keys mirror their values. */
  readonly sessionState: Record<string, any>;
  /** Column config factories for st.dataframe (Streamlit's st.column_config). */
  readonly columnConfig: typeof columnConfig;
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
