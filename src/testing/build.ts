// Builds AppTest's tree from a snapshot of the session's delta-path tree: each Element / Block message becomes
// the wrapper named after the command that wrote it (a heading with tag h2 → "header").
import type { UpsertPatch } from "../diff/diff.ts";
import { parentKey } from "../tree/path.ts";
import { Block, Column, Container, Dialog, Expander, Form } from "./blocks.ts";
import * as E from "./elements.ts";
import * as W from "./widgets.ts";
import * as O from "./options.ts";
import { DataEditor } from "./data_editor.ts";
import { Chart } from "./charts.ts";
import * as D from "./data.ts";
import * as G from "./geo.ts";
import * as S from "./status.ts";
import type { TestNode } from "./lookup.ts";
import { ChatMessage } from "./blocks.ts";

type Make = (init: E.NodeInit, h: E.Harness) => TestNode;
type Kind = (proto: any) => [type: string, make: Make];

const el = (C: new (init: E.NodeInit, h: E.Harness) => TestNode): Make => (init, h) => new C(init, h);
const same = (type: string, C: new (init: E.NodeInit, h: E.Harness) => TestNode): Kind => () => [type, el(C)];

const HEADINGS: Record<string, string> = { h1: "title", h2: "header", h3: "subheader" };
const ALERTS: Record<number, string> = { 1: "error", 2: "warning", 3: "info", 4: "success" };
const MARKDOWN: Record<number, string> = { 2: "caption", 5: "divider" };

/** Element oneof member → command name and wrapper. */
const elementKinds: Record<string, Kind> = {
  heading: (p) => [HEADINGS[p.tag] ?? "heading", el(E.Heading)],
  markdown: (p) => [MARKDOWN[p.elementType] ?? (p.isCaption ? "caption" : "markdown"), el(E.Markdown)],
  alert: (p) => [ALERTS[p.format] ?? "alert", el(E.Alert)],
  text: same("text", E.Text),
  chatInput: same("chatInput", W.ChatInput),
  code: same("code", E.Code),
  exception: same("exception", E.Exception),
  json: same("json", E.Json),
  metric: same("metric", E.Metric),
  empty: same("empty", E.Empty),
  button: (p) => [p.isFormSubmitter ? "formSubmitButton" : "button", el(W.Button)],
  checkbox: (p) => [p.type === 1 ? "toggle" : "checkbox", el(W.Checkbox)],
  radio: same("radio", O.Radio),
  selectbox: same("selectbox", O.Selectbox),
  multiselect: same("multiselect", O.Multiselect),
  slider: same("slider", W.Slider),
  textInput: same("textInput", W.TextInput),
  textArea: same("textArea", W.TextArea),
  numberInput: same("numberInput", W.NumberInput),
  dataEditor: same("dataEditor", DataEditor),
  vegaLiteChart: (p) => [p.chartType ? p.chartType + "Chart" : "vegaLiteChart", el(Chart)],
  dataframe: same("dataframe", D.Dataframe),
  table: same("table", D.Table),
  map: same("map", G.MapChart),
  graphvizChart: same("graphvizChart", G.GraphvizChart),
  progress: same("progress", S.Progress),
  toast: same("toast", S.Toast),
  spinner: same("spinner", S.Spinner),
};

const blockKinds: Record<string, [string, new (init: E.NodeInit, harness: E.Harness) => Block]> = {
  vertical: ["container", Container],
  chatMessage: ["chatMessage", ChatMessage],
  horizontal: ["horizontal", Block],
  column: ["column", Column],
  expandable: ["expander", Expander],
  form: ["form", Form],
  tabContainer: ["tabContainer", Block],
  tab: ["tab", S.Tab],
  popover: ["popover", S.Popover],
  dialog: ["dialog", Dialog],
};

/** The four roots of a snapshot, keyed "0".."3" (main, sidebar, event, bottom). */
export function buildTree(snapshot: readonly UpsertPatch[], harness: E.Harness): Map<string, Block> {
  const roots = new Map<string, Block>();
  ["main", "sidebar", "event", "bottom"].forEach((name, i) =>
    roots.set(String(i), new Block({ type: name, protoType: "root", path: [i], proto: null })),
  );
  const blocks = new Map<string, Block>(roots);
  for (const patch of snapshot) {
    const parent = blocks.get(parentKey(patch.key));
    if (!parent) continue; // under an element (cannot happen with a well-formed tree)
    const proto = (patch.message as any)[patch.type];
    const init = { protoType: patch.type, path: patch.path, proto };
    if (patch.delta === "block") {
      const [type, C] = patch.type === "expandable" && proto?.state ? ["status", S.Status] : blockKinds[patch.type] ?? [patch.type, Block];
      const block = new C({ ...init, type }, harness);
      blocks.set(patch.key, block);
      parent.children.push(block);
    } else {
      const kind = elementKinds[patch.type];
      const [type, make] = kind ? kind(proto) : [patch.type, el(E.Element)];
      parent.children.push(make({ ...init, type }, harness));
    }
  }
  return roots;
}
