// AppTest elements for st.map and st.graphvizChart: what the app passed (data, columns, DOT), read back from the
// element message. Drawing is not run here (AppTest has no renderer), so a test checks what the app asked for.
import { Element } from "./elements.ts";
import { frameOf, rows } from "../data/index.ts";

/** st.map: `.value` is the points as row objects; `.latitude`/`.longitude` the columns used. */
export class MapChart extends Element {
  override get value(): Record<string, unknown>[] {
    return this.data;
  }
  /** Every row of the data (all columns), decoded from the element's Arrow bytes. */
  get data(): Record<string, unknown>[] {
    return rows(frameOf(this.proto.data ?? new Uint8Array()));
  }
  get latitude(): string {
    return this.proto.latitude;
  }
  get longitude(): string {
    return this.proto.longitude;
  }
  /** The size column, or the radius in metres every point has. */
  get size(): string | number {
    return this.proto.sizeColumn || this.proto.size;
  }
  /** The colour column, the colour every point has ("#rrggbb(aa)"), or "" for the theme's. */
  get color(): string {
    return this.proto.colorColumn || this.proto.color;
  }
  /** The zoom the app gave, or undefined (the map fits its points). */
  get zoom(): number | undefined {
    return this.proto.zoom ?? undefined;
  }
}

/** st.graphvizChart: `.value` (and `.spec`) is the DOT source. */
export class GraphvizChart extends Element {
  override get value(): string {
    return this.proto.spec;
  }
  get spec(): string {
    return this.proto.spec;
  }
}
