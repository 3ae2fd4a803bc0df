/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.map → an SVG of the points over the world outline (role="img", a generated name, a <title> per point) and a
// "Show data" table. The SVG is prepared asynchronously (the outline loads lazily) and cached by content.
import { raw } from "hono/html";
import type { sluice } from "../../src/gen/proto.js";
import { frameOf, column, formatCell, type Frame } from "../../src/data/index.ts";
import { parseColor } from "../../src/geo/color.ts";
import { renderMapSvg, type MapInput } from "../../src/geo/map-svg.ts";
import { loadWorld, worldIfLoaded, type World } from "../../src/geo/world.ts";
import { hashBytes, hashString } from "../../src/util/hash.ts";
import { elementPreparers, prepareOnce, readPrepared, preparerError } from "../prepare.ts";
import { ChartError, DataDisclosure } from "../geo-parts.tsx";
import { toHtml } from "../to-html.ts";

const numbers = (frame: Frame, name: string) => (name ? (column(frame, name)?.values ?? []) : []) as number[];

/** The element's drawing input: columns resolved, titles as text ("Latitude 48.85, longitude 2.35; name: Louvre"). */
export function mapInput(el: sluice.IMapChart, frame: Frame): MapInput {
  const lat = numbers(frame, el.latitude ?? "");
  const lon = numbers(frame, el.longitude ?? "");
  const others = frame.columns.filter((c) => c.name !== el.latitude && c.name !== el.longitude);
  const titles = lat.map((_, i) =>
    [`Latitude ${lat[i]}, longitude ${lon[i]}`, ...others.map((c) => `${c.name}: ${formatCell(c.values[i], c.type)}`)].join("; "),
  );
  const colors = el.colorColumn ? column(frame, el.colorColumn)!.values.map((v) => parseColor(v)) : el.color || null;
  return {
    lat,
    lon,
    size: el.sizeColumn ? numbers(frame, el.sizeColumn) : (el.size ?? 10),
    color: colors,
    titles,
    zoom: el.zoom ?? undefined,
    width: el.width || 700,
    height: el.height || 500,
  };
}

/** Rows the "Show data" table holds; the map draws every point, the table says when it shows fewer. */
export const MAP_TABLE_ROWS = 1000;

/** The whole figure as HTML (what the cache holds). */
export function mapHtml(el: sluice.IMapChart, world: World): string {
  const frame = frameOf(el.data ?? new Uint8Array());
  const { svg, name } = renderMapSvg(mapInput(el, frame), world);
  const head = frame.columns.map((c) => c.name);
  const shown = Math.min(frame.rowCount, MAP_TABLE_ROWS);
  const rows = Array.from({ length: shown }, (_, i) => frame.columns.map((c) => formatCell(c.values[i], c.type)));
  const count = (n: number) => n.toLocaleString("en");
  const caption = shown < frame.rowCount ? `The first ${count(shown)} of ${count(frame.rowCount)} points` : `${count(frame.rowCount)} points`;
  const style = el.useContainerWidth ? undefined : `max-width:${el.width || 700}px`;
  return toHtml(
    <figure class="sl-map" style={style}>
      {raw(svg)}
      <DataDisclosure summary="Show data" name={name} label={"Data: " + name} caption={caption} head={head} rows={rows} />
    </figure>,
  );
}

/** The cache key: everything the HTML depends on (the data's content and the drawing options). */
export function mapKey(el: sluice.IMapChart): string {
  const data = el.data ?? new Uint8Array();
  const opts = [el.latitude, el.longitude, el.sizeColumn, el.size, el.colorColumn, el.color, el.zoom, el.width, el.height, el.useContainerWidth];
  return `map:${data.length}:${hashBytes(data).toString(36)}:${hashString(JSON.stringify(opts))}`;
}

elementPreparers.map = (el: sluice.IMapChart) => prepareOnce(mapKey(el), async () => mapHtml(el, await loadWorld()));

export default function MapChart({ el }: { el: sluice.IMapChart; id: string }) {
  const prepared = readPrepared(mapKey(el));
  if (prepared?.ok) return raw(prepared.value);
  const error = prepared?.error ?? preparerError(el);
  const world = worldIfLoaded();
  if (!error && world) return raw(mapHtml(el, world)); // evicted from the cache: draw it again here
  return <ChartError what="The map could not be drawn" message={error ?? "the world outline is not loaded"} />;
}
