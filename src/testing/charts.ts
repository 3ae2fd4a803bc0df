// AppTest's charts: st.lineChart, areaChart, barChart, scatterChart and vegaLiteChart, each listed under its own
// command (`at.lineChart`), with `.spec` (the Vega-Lite spec, without its data) and `.data` (the rows it draws).
import { frameOf, rows } from "../data/index.ts";
import { Element } from "./elements.ts";

export class Chart extends Element {
  /** The Vega-Lite spec as the element carries it (data moved out into `.data` / `.datasets`). */
  get spec(): Record<string, any> {
    return JSON.parse(this.proto.spec || "{}");
  }

  /** The unnamed dataset's rows (long format for the built-in charts: one row per value); [] for none. */
  get data(): Record<string, unknown>[] {
    const bytes: Uint8Array | undefined = this.proto.data;
    return bytes && bytes.length ? rows(frameOf(bytes)) : [];
  }

  /** Named datasets' rows, by name. */
  get datasets(): Record<string, Record<string, unknown>[]> {
    return Object.fromEntries((this.proto.datasets ?? []).map((d: { name: string; data: Uint8Array }) => [d.name, rows(frameOf(d.data))]));
  }

  /** "line", "area", "bar", "scatter" for a built-in chart; "" for st.vegaLiteChart. */
  get chartType(): string {
    return this.proto.chartType ?? "";
  }

  override get key(): string | undefined {
    return this.proto.key || undefined;
  }

  /** The spec, for a quick look. */
  override get value(): Record<string, any> {
    return this.spec;
  }
}
