// The text and status elements: headings, Markdown, captions, code, JSON, metrics, alerts and exceptions.
import type { St } from "../src/index.ts";

export default function text(st: St) {
  st.title("Text elements", { anchor: "top" });
  st.header("A header", { divider: true });
  st.subheader("A subheader");
  st.markdown("Markdown with **bold**, _italics_, `code`, a [link](https://example.com) and a list:\n\n- one\n- two");
  st.markdown("Raw HTML is escaped: <b>not bold</b>");
  st.markdown("Unless allowed: <b>bold</b>", { unsafeAllowHtml: true });
  st.caption("A caption under it all.");
  st.text("Fixed-width text\n  keeps its spacing.");
  st.code("export default (st) => st.write('hi');", { language: "ts", lineNumbers: true });
  st.divider();
  st.json({ name: "sluice", tags: ["htmx", "sse"], nested: { ok: true } });
  const [a, b, c] = st.columns(3);
  a.metric("Users", 1200, { delta: 40 });
  b.metric("Errors", 3, { delta: -2, deltaColor: "inverse" });
  c.metric("Latency", "120 ms", { delta: "0 ms", deltaColor: "off", border: true });
  st.success("Saved.");
  st.info("Tip: reruns are cheap.", { icon: "💡" });
  st.warning("Careful with that.");
  st.error("Something failed.");
  st.exception(new RangeError("Shown on purpose by st.exception"));
  st.write("write() of a string,", 42, "and an object:", { a: 1 });
}
