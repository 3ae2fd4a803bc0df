// Small pure formatters the templates share: printf-style numbers, Markdown to safe HTML.
import { Marked, type Tokens } from "marked";
import { safeHref } from "../src/util/safe-url.ts";

/** printf-style formatting for slider and number values: %d, %i, %f, %.Nf, %e, %s, %%. */
export function sprintf(format: string, value: number): string {
  return format.replace(/%(\d*)(?:\.(\d+))?([difeEs%])/g, (_m, _w: string, prec: string | undefined, conv: string) => {
    switch (conv) {
      case "%": return "%";
      case "d": case "i": return String(Math.trunc(value));
      case "f": return value.toFixed(prec === undefined ? 6 : Number(prec));
      case "e": case "E": {
        const s = value.toExponential(prec === undefined ? 6 : Number(prec));
        return conv === "E" ? s.toUpperCase() : s;
      }
      default: return String(value);
    }
  });
}

/** Text → HTML that shows it as text, in an element or a quoted attribute (for HTML built as strings). */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");


function makeMarked(allowHtml: boolean): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    async: false,
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag) {
        return allowHtml ? token.text : escapeHtml(token.text);
      },
      link(this: any, token: Tokens.Link) {
        const href = safeHref(token.href) ?? "#";
        const inner = this.parser.parseInline(token.tokens);
        const external = /^https?:/i.test(href);
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
        return `<a href="${escapeHtml(href)}"${title}${external ? ' rel="noopener noreferrer" target="_blank"' : ""}>${inner}</a>`;
      },
      image(token: Tokens.Image) {
        const src = safeHref(token.href) ?? "";
        return `<img src="${escapeHtml(src)}" alt="${escapeHtml(token.text)}">`;
      },
    },
  });
}

const safe = makeMarked(false);
const unsafe = makeMarked(true);

/** Markdown → HTML. Raw HTML in the source is escaped unless `allowHtml`; link and image URLs are checked. */
export function markdownToHtml(body: string, allowHtml = false): string {
  return (allowHtml ? unsafe : safe).parse(body, { async: false }) as string;
}

/** Markdown → inline HTML (no <p>), for labels and short texts. */
export function inlineMarkdown(body: string): string {
  return safe.parseInline(body, { async: false }) as string;
}
