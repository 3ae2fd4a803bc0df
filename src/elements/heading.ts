// st.title, st.header, st.subheader: headings h1–h3 with optional anchors.
import type { DeltaGenerator } from "./dg.ts";

export interface HeadingOptions {
  /** Anchor id for deep links; false hides the anchor. Default: derived from the text. */
  anchor?: string | false;
  help?: string;
  /** header/subheader: a coloured rule below ("blue", "green", … or true for the theme colour). */
  divider?: boolean | string;
}

const write = (dg: DeltaGenerator, tag: string, body: unknown, o: HeadingOptions) =>
  dg.writeElement({
    heading: {
      tag,
      body: String(body),
      anchor: typeof o.anchor === "string" ? o.anchor : "",
      hideAnchor: o.anchor === false,
      help: o.help ?? "",
      divider: o.divider === true ? "auto" : o.divider || "",
    },
  });

/** `st.title("My app")` */
export const title = (dg: DeltaGenerator, body: unknown, options: HeadingOptions = {}): void => void write(dg, "h1", body, options);
/** `st.header("Section")` */
export const header = (dg: DeltaGenerator, body: unknown, options: HeadingOptions = {}): void => void write(dg, "h2", body, options);
/** `st.subheader("Part")` */
export const subheader = (dg: DeltaGenerator, body: unknown, options: HeadingOptions = {}): void => void write(dg, "h3", body, options);
