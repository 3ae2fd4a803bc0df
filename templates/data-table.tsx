/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// What st.dataframe and st.table share: the caption, header labels, column widths and pinning, and one cell per
// column config kind (numbers, dates, links, images, progress, lists, sparklines), formatted by src/data/format.ts.
import type { Column, Frame } from "../src/data/types.ts";
import { formatCell } from "../src/data/format.ts";
import { widthPx, type ColumnConfig } from "../src/elements/column_config.ts";
import { Sparkline } from "./sparkline.tsx";
import { safeHref } from "../src/util/safe-url.ts";

/** The table's name: the app's label, else "Table, 1,000 rows, 3 columns". */
export function captionOf(label: string | null | undefined, rows: number, columns: number): string {
  if (label) return label;
  const n = (x: number, one: string) => `${x.toLocaleString("en")} ${one}${x === 1 ? "" : "s"}`;
  return `Table, ${n(rows, "row")}, ${n(columns, "column")}`;
}

export const parseConfig = (json: string | null | undefined): Record<string, ColumnConfig> => {
  if (!json) return {};
  try {
    return JSON.parse(json) as Record<string, ColumnConfig>;
  } catch {
    return {};
  }
};

/** Widths the sticky columns use, to place each pinned column after the ones before it. */
export const SELECT_COL_PX = 44;
/** The index column's width: its padding and border, and a tabular digit (≈ 8.5 px at 14 px) per digit of the last index. */
export const indexColPx = (rows: number) => Math.max(48, 26 + 9 * String(Math.max(rows - 1, 0)).length);
/** Inline style fixing a sticky lead column's width and offset. */
export const fixedStyle = (width: number, left: number) => `width:${width}px;min-width:${width}px;max-width:${width}px;left:${left}px`;
const PINNED_DEFAULT_PX = 150;

export interface Layout {
  name: string;
  label: string;
  column: Column | undefined;
  config: ColumnConfig;
  /** Inline style: width, and `left` for a pinned column. */
  style?: string;
  pinned: boolean;
}

/** Each shown column's label, config and style; pinned columns get their sticky offsets. */
export function layoutColumns(frame: Frame, names: readonly string[], config: Record<string, ColumnConfig>, lead: number): Layout[] {
  let left = lead;
  return names.map((name) => {
    const c = config[name] ?? {};
    const w = widthPx(c.width);
    let style = w ? `min-width:${w}px;width:${w}px` : undefined;
    if (c.pinned) {
      const pw = w ?? PINNED_DEFAULT_PX;
      style = `min-width:${pw}px;width:${pw}px;max-width:${pw}px;left:${left}px`;
      left += pw;
    }
    return { name, label: c.label ?? name, column: frame.columns.find((x) => x.name === name), config: c, style, pinned: !!c.pinned };
  });
}

const SAFE_IMG = /^(https?:|\/|\.{1,2}\/|data:image\/(png|gif|jpeg|webp);)|^[^:]*$/i;

/** A link's text: the display text, or its regular expression's first group matched against the URL, or the URL. */
function linkText(url: string, display: string | undefined): string {
  if (!display) return url;
  if (/\(.*\)/.test(display)) {
    try {
      const m = new RegExp(display).exec(url);
      if (m) return m[1] ?? m[0];
    } catch {
      /* not a regular expression: shown as it is */
    }
  }
  return display;
}

const numbers = (v: unknown): (number | null)[] => (Array.isArray(v) ? v.map((x) => (typeof x === "number" ? x : x === null ? null : Number(x))) : []);

/** One cell's content for its column's config kind (or its type when the config names none). */
export function Cell({ value, col, locale }: { value: unknown; col: Layout; locale?: string }) {
  const c = col.config;
  const type = col.column?.type ?? "object";
  if (value === null || value === undefined) return <span class="sl-df-null"><span class="sl-visually-hidden">empty</span></span>;
  switch (c.type) {
    case "checkbox":
      return <span class="sl-df-bool">{value ? "✓ " : "✗ "}<span class="sl-visually-hidden">{value ? "Yes" : "No"}</span></span>;
    case "link": {
      const href = String(value);
      const text = linkText(href, c.displayText);
      return safeHref(href) !== null ? <a href={href} rel="noopener noreferrer">{text}</a> : <span>{text}</span>;
    }
    case "image": {
      const src = String(value);
      return SAFE_IMG.test(src) ? <img class="sl-df-img" src={src} alt={col.label} loading="lazy" /> : <span>{src}</span>;
    }
    case "progress": {
      const min = c.min ?? 0, max = c.max ?? 1, n = Number(value);
      const text = formatCell(n, "float", { format: c.format ?? (max === 1 && min === 0 ? "percent" : undefined), locale });
      return (
        <span class="sl-df-progress">
          <progress max={max - min} value={Math.min(Math.max(n - min, 0), max - min)} aria-label={`${col.label}: ${text}`} />
          <span aria-hidden="true"> {text}</span>
        </span>
      );
    }
    case "line_chart": case "bar_chart": case "area_chart":
      return <Sparkline values={numbers(value)} type={c.type === "bar_chart" ? "bar" : c.type === "area_chart" ? "area" : "line"} label={col.label} yMin={c.yMin} yMax={c.yMax} />;
    case "list":
      return <>{formatCell(Array.isArray(value) ? value : [value], "list", { locale })}</>;
    case "date": case "time": case "datetime":
      return <>{formatCell(value, type, { format: c.format, dateKind: c.type, locale })}</>;
    default:
      return <>{formatCell(value, type, { format: c.format, locale })}</>;
  }
}

/** Numeric cells align right (class), as in Streamlit. */
export const cellClass = (col: Layout) => {
  const t = col.column?.type;
  const num = (t === "integer" || t === "float") && (!col.config.type || col.config.type === "number" || col.config.type === "column");
  return [num ? "sl-df-num" : "", col.pinned ? "sl-df-pinned" : ""].filter(Boolean).join(" ") || undefined;
};
