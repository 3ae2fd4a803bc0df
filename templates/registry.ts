// Which template renders which Element / Block oneof member: plain maps built from imports. defineElement()
// replaces a built-in kind's template in elementTemplates, or adds a new kind to customTemplates.
import type { Child } from "hono/jsx";
import Text from "./elements/text.tsx";
import Markdown from "./elements/markdown.tsx";
import ChatInput from "./elements/chat_input.tsx";
import ChatMessage from "./blocks/chat_message.tsx";
import Heading from "./elements/heading.tsx";
import Code from "./elements/code.tsx";
import Alert from "./elements/alert.tsx";
import Exception from "./elements/exception.tsx";
import Json from "./elements/json.tsx";
import Metric from "./elements/metric.tsx";
import Empty from "./elements/empty.tsx";
import Button from "./elements/button.tsx";
import Checkbox from "./elements/checkbox.tsx";
import Radio from "./elements/radio.tsx";
import Selectbox from "./elements/selectbox.tsx";
import MultiSelect from "./elements/multiselect.tsx";
import Slider from "./elements/slider.tsx";
import TextInput from "./elements/text_input.tsx";
import TextArea from "./elements/text_area.tsx";
import NumberInput from "./elements/number_input.tsx";
import Custom from "./elements/custom.tsx";
import DataEditor from "./elements/data_editor.tsx";
import VegaLiteChart, { prepareChart } from "./elements/vega_lite_chart.tsx";
import { elementPreparers } from "./prepare.ts";
import Dataframe from "./elements/dataframe.tsx";
import Table from "./elements/table.tsx";
import MapChart from "./elements/map.tsx";
import GraphvizChart from "./elements/graphviz_chart.tsx";
import Progress from "./elements/progress.tsx";
import Spinner from "./elements/spinner.tsx";
import Toast from "./elements/toast.tsx";
import Balloons from "./elements/balloons.tsx";
import Snow from "./elements/snow.tsx";
import PageLink from "./elements/page_link.tsx";
import { sharedTemplates } from "../src/elements/shared-registry.ts";
import Vertical from "./blocks/vertical.tsx";
import Horizontal from "./blocks/horizontal.tsx";
import Column from "./blocks/column.tsx";
import Expandable from "./blocks/expandable.tsx";
import Form from "./blocks/form.tsx";
import TabContainer from "./blocks/tab_container.tsx";
import Tab from "./blocks/tab.tsx";
import Popover from "./blocks/popover.tsx";
import Dialog from "./blocks/dialog.tsx";

/** Renders one element message (the inner part; the wrapper with the node's id is added around it). */
export type ElementTemplate = (props: { el: any; id: string }) => any;
/** Renders an element of a kind added with defineElement: `el` is its props (parsed JSON), `data` its bytes. */
export type CustomTemplate = (props: { el: any; id: string; data?: Uint8Array }) => any;
/** Renders one block; `slot` is the id its children go into. */
export type BlockTemplate = (props: { block: any; id: string; slot: string; children?: Child }) => any;

/**
 * Keyed by the Element oneof member name as protobufjs spells it (camelCase). Shared by every copy of these
 * modules in the process (see src/elements/shared-registry.ts), so a restyle by the app reaches the server.
 */
export const elementTemplates: Record<string, ElementTemplate> = sharedTemplates<ElementTemplate>("elements", () => ({
  text: Text,
  markdown: Markdown,
  chatInput: ChatInput,
  heading: Heading,
  code: Code,
  alert: Alert,
  exception: Exception,
  json: Json,
  metric: Metric,
  empty: Empty,
  button: Button,
  checkbox: Checkbox,
  radio: Radio,
  selectbox: Selectbox,
  multiselect: MultiSelect,
  slider: Slider,
  textInput: TextInput,
  textArea: TextArea,
  numberInput: NumberInput,
  custom: Custom,
  dataEditor: DataEditor,
  vegaLiteChart: VegaLiteChart,
  dataframe: Dataframe,
  table: Table,
  map: MapChart,
  graphvizChart: GraphvizChart,
  progress: Progress,
  spinner: Spinner,
  toast: Toast,
  balloons: Balloons,
  snow: Snow,
  pageLink: PageLink,
}));

/** Kinds whose HTML needs async work first (templates/prepare.ts): a chart's SVG. */
elementPreparers.vegaLiteChart = prepareChart;

/** Kinds added with defineElement, by kind name; the `custom` Element member names one. Shared likewise. */
export const customTemplates: Record<string, CustomTemplate> = sharedTemplates<CustomTemplate>("custom", () => ({}));

export const blockTemplates: Record<string, BlockTemplate> = {
  vertical: Vertical,
  chatMessage: ChatMessage,
  horizontal: Horizontal,
  column: Column,
  expandable: Expandable,
  form: Form,
  tabContainer: TabContainer,
  tab: Tab,
  popover: Popover,
  dialog: Dialog,
};
