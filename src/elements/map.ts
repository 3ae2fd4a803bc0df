// st.map: validates the data and options (Streamlit's rules and messages) and writes a `map` element; the points
// go on the wire as Arrow IPC bytes. Drawing is templates/elements/map.tsx's, through src/geo/.
import type { DeltaGenerator } from "./dg.ts";
import { prepareData, column, type Frame } from "../data/index.ts";
import { parseColor, looksLikeColor } from "../geo/color.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface MapOptions {
  /** The latitude column. Default: the first of lat, latitude, LAT, LATITUDE (any case). */
  latitude?: string;
  /** The longitude column. Default: the first of lon, lng, long, longitude, LON, LONGITUDE (any case). */
  longitude?: string;
  /** Radius of each point in metres, or the name of a column of radii. Default 10 (points are at least 4 px). */
  size?: number | string;
  /** "#rrggbb(aa)", "#rgb(a)", [r, g, b(, a)], or the name of a column of such colours. Default: the theme's. */
  color?: string | readonly number[];
  /** Zoom level as Streamlit's (0: the whole world across the width; each step doubles). Default: fits the points. */
  zoom?: number;
  /** Width in px (the drawing's aspect and its widest size). Default 700. */
  width?: number;
  /** Height in px. Default 500. */
  height?: number;
  /** Stretch to the container's width. Default true. */
  useContainerWidth?: boolean;
}

const LAT_NAMES = ["lat", "latitude"];
const LON_NAMES = ["lon", "lng", "long", "longitude"];
export const DEFAULT_SIZE = 10;
export const DEFAULT_WIDTH = 700;
export const DEFAULT_HEIGHT = 500;

function findColumn(frame: Frame, given: string | undefined, names: string[], what: string, option: string): string {
  const all = frame.columns.map((c) => c.name);
  if (given !== undefined) {
    if (all.includes(given)) return given;
    throw new SluiceAPIError(`st.map got ${option}: "${given}", but the data has no such column. Columns: ${all.join(", ") || "(none)"}.`);
  }
  const found = names.map((n) => all.find((c) => c.toLowerCase() === n)).find((c) => c !== undefined);
  if (found !== undefined) return found;
  throw new SluiceAPIError(
    `st.map needs a ${what} column named one of ${names.join(", ")} (any case), or the \`${option}\` option naming it. ` +
      `Columns: ${all.join(", ") || "(none)"}.`,
  );
}

function checkNumbers(frame: Frame, name: string, min: number, max: number): void {
  const values = column(frame, name)!.values;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      throw new SluiceAPIError(`st.map: column "${name}" is not allowed to contain null values (row ${i}).`);
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
      throw new SluiceAPIError(`st.map: column "${name}" must hold numbers from ${min} to ${max}; row ${i} has ${JSON.stringify(v)}.`);
    }
  }
}

/** `st.map(rows)` with lat/lon columns, or `st.map(rows, { latitude: "y", longitude: "x", size: "pop", color: "#0068c9" })`. */
export function map(dg: DeltaGenerator, data: unknown, options: MapOptions = {}): void {
  const { frame, bytes } = prepareData(data ?? []);
  const empty = frame.rowCount === 0 && frame.columns.length === 0;
  const latitude = empty && options.latitude === undefined ? "" : findColumn(frame, options.latitude, LAT_NAMES, "latitude", "latitude");
  const longitude = empty && options.longitude === undefined ? "" : findColumn(frame, options.longitude, LON_NAMES, "longitude", "longitude");
  if (latitude) checkNumbers(frame, latitude, -90, 90);
  if (longitude) checkNumbers(frame, longitude, -180, 180);

  let sizeColumn = "";
  let size = DEFAULT_SIZE;
  if (typeof options.size === "string") {
    sizeColumn = findColumn(frame, options.size, [], "size", "size");
    checkNumbers(frame, sizeColumn, 0, Number.MAX_VALUE);
  } else if (options.size !== undefined) {
    if (!Number.isFinite(options.size) || options.size < 0) throw new SluiceAPIError(`st.map got size ${options.size}: give a radius in metres (0 or more) or a column name.`);
    size = options.size;
  }

  let colorColumn = "";
  let color = "";
  if (options.color !== undefined) {
    if (typeof options.color === "string" && !looksLikeColor(options.color)) {
      colorColumn = findColumn(frame, options.color, [], "color", "color");
      const bad = column(frame, colorColumn)!.values.findIndex((v) => v !== null && parseColor(v) === null);
      if (bad >= 0) throw new SluiceAPIError(`st.map: column "${colorColumn}" must hold colours such as "#ff0000" or [255, 0, 0]; row ${bad} does not.`);
    } else {
      color = parseColor(options.color) ?? "";
      if (!color) throw new SluiceAPIError(`st.map got color ${JSON.stringify(options.color)}: give "#rrggbb", "#rgb", [r, g, b] or [r, g, b, a], or a column name.`);
    }
  }
  if (options.zoom !== undefined && !(Number.isFinite(options.zoom) && options.zoom >= 0 && options.zoom <= 24)) {
    throw new SluiceAPIError(`st.map got zoom ${options.zoom}: give a zoom level from 0 (the whole world) to 24.`);
  }
  const px = (v: number | undefined, fallback: number, what: string) => {
    if (v === undefined) return fallback;
    if (!Number.isInteger(v) || v < 50 || v > 10000) throw new SluiceAPIError(`st.map got ${what} ${v}: give a whole number of pixels from 50 to 10000.`);
    return v;
  };
  dg.writeElement({
    map: {
      data: bytes,
      latitude,
      longitude,
      sizeColumn,
      size,
      colorColumn,
      color,
      zoom: options.zoom,
      width: px(options.width, DEFAULT_WIDTH, "width"),
      height: px(options.height, DEFAULT_HEIGHT, "height"),
      useContainerWidth: options.useContainerWidth ?? true,
    },
  });
}
