// Cell formatting per locale: the one place numbers, dates and other cell values become text (Intl formatters,
// cached per locale and options). printf-style patterns reuse templates/format.ts's sprintf.
import { sprintf } from "../../templates/format.ts";
import type { ColumnType } from "./types.ts";

/** The locale pages use today (`<html lang="en">`). */
export const DEFAULT_LOCALE = "en";

/** Streamlit's named number formats (NumberColumn `format`), besides printf-style patterns such as "%.2f" or "%d €". */
export const NUMBER_FORMATS = ["plain", "localized", "dollar", "euro", "yen", "pound", "percent", "compact", "scientific", "engineering", "accounting"] as const;
/** Named date formats (DateColumn/DatetimeColumn/TimeColumn `format`), besides patterns like "YYYY-MM-DD HH:mm". */
export const DATE_FORMATS = ["localized", "iso8601", "distance"] as const;

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = "n" + locale + JSON.stringify(options);
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = "d" + locale + JSON.stringify(options);
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options })));
  return f;
}

const CURRENCY: Record<string, string> = { dollar: "USD", euro: "EUR", yen: "JPY", pound: "GBP" };

/** A number as text: `format` is a named format, a printf pattern, or absent (whole numbers plain, others ≤ 4 decimals). */
export function formatNumber(value: number, format?: string, locale = DEFAULT_LOCALE): string {
  if (Number.isNaN(value)) return "NaN";
  if (!format) return Number.isInteger(value) ? String(value) : numberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value);
  switch (format) {
    case "plain": return String(value);
    case "localized": return numberFormat(locale, { maximumFractionDigits: 20 }).format(value);
    case "percent": return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value);
    case "compact": return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
    case "scientific": return numberFormat(locale, { notation: "scientific", maximumFractionDigits: 3 }).format(value);
    case "engineering": return numberFormat(locale, { notation: "engineering", maximumFractionDigits: 3 }).format(value);
    case "accounting": return numberFormat(locale, { style: "currency", currency: "USD", currencySign: "accounting" }).format(value);
    default:
      if (CURRENCY[format]) return numberFormat(locale, { style: "currency", currency: CURRENCY[format] }).format(value);
      return format.includes("%") ? sprintf(format, value) : String(value);
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const TOKENS = /YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|Z|\[[^\]]*\]/g;

/** A moment.js-style pattern (YYYY MM DD HH mm ss SSS, MMM/MMMM month names, ddd/dddd weekdays, hh A, [literal]) in UTC. */
export function formatDatePattern(d: Date, pattern: string, locale = DEFAULT_LOCALE): string {
  return pattern.replace(TOKENS, (t) => {
    const h = d.getUTCHours();
    switch (t) {
      case "YYYY": return String(d.getUTCFullYear());
      case "YY": return pad(d.getUTCFullYear() % 100);
      case "MMMM": return dateFormat(locale, { month: "long" }).format(d);
      case "MMM": return dateFormat(locale, { month: "short" }).format(d);
      case "MM": return pad(d.getUTCMonth() + 1);
      case "M": return String(d.getUTCMonth() + 1);
      case "DD": return pad(d.getUTCDate());
      case "D": return String(d.getUTCDate());
      case "dddd": return dateFormat(locale, { weekday: "long" }).format(d);
      case "ddd": return dateFormat(locale, { weekday: "short" }).format(d);
      case "HH": return pad(h);
      case "H": return String(h);
      case "hh": return pad(h % 12 || 12);
      case "h": return String(h % 12 || 12);
      case "mm": return pad(d.getUTCMinutes());
      case "m": return String(d.getUTCMinutes());
      case "ss": return pad(d.getUTCSeconds());
      case "s": return String(d.getUTCSeconds());
      case "SSS": return pad(d.getUTCMilliseconds(), 3);
      case "A": return h < 12 ? "AM" : "PM";
      case "a": return h < 12 ? "am" : "pm";
      case "Z": return "+00:00";
      default: return t.slice(1, -1);
    }
  });
}

/** Parses an ISO-8601 string into a Date (for date columns configured over string values); null when it is not one. */
export function parseIsoDate(s: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return null;
  const d = new Date(s.length === 10 ? s + "T00:00:00Z" : /Z|[+-]\d{2}:?\d{2}$/.test(s) ? s : s.replace(" ", "T") + "Z");
  return Number.isNaN(d.getTime()) ? null : d;
}

/** What a date/datetime/time cell shows: "date" YYYY-MM-DD, "datetime" YYYY-MM-DD HH:mm:ss, "time" HH:mm:ss (UTC) unless `format` says otherwise. */
export function formatDate(d: Date, kind: "date" | "datetime" | "time", format?: string, locale = DEFAULT_LOCALE, now = Date.now()): string {
  if (format === "iso8601") return d.toISOString();
  if (format === "localized") {
    const opts: Intl.DateTimeFormatOptions = kind === "date" ? { dateStyle: "medium" } : kind === "time" ? { timeStyle: "medium" } : { dateStyle: "medium", timeStyle: "medium" };
    return dateFormat(locale, opts).format(d);
  }
  if (format === "distance") return distance(d.getTime() - now, locale);
  if (format) return formatDatePattern(d, format, locale);
  return formatDatePattern(d, kind === "date" ? "YYYY-MM-DD" : kind === "time" ? "HH:mm:ss" : "YYYY-MM-DD HH:mm:ss", locale);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [["year", 31_536_000_000], ["month", 2_592_000_000], ["day", 86_400_000], ["hour", 3_600_000], ["minute", 60_000], ["second", 1000]];
function distance(ms: number, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of UNITS) if (Math.abs(ms) >= size || unit === "second") return rtf.format(Math.round(ms / size), unit);
  return "";
}

export interface FormatOptions {
  /** A named number/date format or a printf / date pattern (see NUMBER_FORMATS, DATE_FORMATS). */
  format?: string;
  locale?: string;
  /** Show dates as this kind (a DateColumn over datetimes, a TimeColumn over ISO strings). */
  dateKind?: "date" | "datetime" | "time";
}

/**
 * One cell's text. null → "" (the template marks it as missing); numbers, dates and the rest per their column
 * type and `options.format`; lists as "a, b, c"; objects as JSON.
 *
 * @example formatCell(1234.5, "float", { format: "dollar" }) // "$1,234.50"
 */
export function formatCell(value: unknown, type: ColumnType, options: FormatOptions = {}): string {
  if (value === null || value === undefined) return "";
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (typeof value === "number") return formatNumber(value, options.format, locale);
  if (value instanceof Date) return formatDate(value, options.dateKind ?? (type === "date" ? "date" : "datetime"), options.format, locale);
  if (typeof value === "string" && options.dateKind) {
    const d = parseIsoDate(value);
    return d ? formatDate(d, options.dateKind, options.format, locale) : value;
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => formatCell(v, "object", { locale })).join(", ");
  if (typeof value === "bigint") return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
