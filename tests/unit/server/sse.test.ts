import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatEvent, heartbeat, sseHeaders } from "../../../src/server/sse.ts";

/** A minimal SSE parser (the WHATWG algorithm's field handling), to check what a browser would see. */
function parseSse(text: string) {
  const events: { id?: string; event?: string; data: string; retry?: string }[] = [];
  for (const block of text.split("\n\n").filter((b) => b.length)) {
    const e: { id?: string; event?: string; data: string[]; retry?: string } = { data: [] };
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) continue;
      const i = line.indexOf(":");
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? "" : line.slice(i + 1).replace(/^ /, "");
      if (field === "data") e.data.push(value);
      else if (field === "id" || field === "event" || field === "retry") e[field] = value;
    }
    if (e.data.length || e.id) events.push({ ...e, data: e.data.join("\n") });
  }
  return events;
}

test("an event is id then one data line, ended by a blank line", () => {
  assert.is(formatEvent({ id: 7, data: "<p>x</p>" }), "id: 7\ndata: <p>x</p>\n\n");
});

test("multi-line data is split into data: lines and reassembles exactly", () => {
  for (const data of ["a\nb\nc", "a\r\nb", "a\rb", "trailing\n", "\nleading", "<pre>x\n\ny</pre>"]) {
    const out = formatEvent({ id: 1, data });
    assert.not.ok(/\n(?!data: |id: |\n|$)/.test(out.slice(0, -1)), `only field lines in ${JSON.stringify(out)}`);
    const [e] = parseSse(out);
    assert.is(e!.data, data.replace(/\r\n|\r/g, "\n"), JSON.stringify(data));
  }
});

test("empty data is still one data line", () => {
  assert.is(formatEvent({ id: 2, data: "" }), "id: 2\ndata: \n\n");
});

test("a named event carries event:, and newlines cannot inject fields", () => {
  const out = formatEvent({ id: 3, data: "d", event: "finished\nid: 99" });
  const [e] = parseSse(out);
  assert.is(e!.id, "3");
  assert.ok(e!.event!.startsWith("finished"));
  assert.is(parseSse(out).length, 1);
});

test("data cannot end the event early or forge an id", () => {
  const [e, ...rest] = parseSse(formatEvent({ id: 4, data: "x\n\nid: 99\ndata: forged" }));
  assert.is(rest.length, 0);
  assert.is(e!.id, "4");
});

test("retry is a whole non-negative number of milliseconds", () => {
  assert.ok(formatEvent({ id: 1, data: "", retry: 1500.7 }).includes("retry: 1500\n"));
  assert.ok(formatEvent({ id: 1, data: "", retry: -5 }).includes("retry: 0\n"));
  assert.not.ok(formatEvent({ id: 1, data: "" }).includes("retry"));
});

test("a heartbeat is a comment a browser ignores", () => {
  assert.equal(parseSse(heartbeat()), []);
  assert.ok(heartbeat().startsWith(":") && heartbeat().endsWith("\n\n"));
});

test("stream headers: event-stream, not cached or transformed, not buffered by proxies", () => {
  assert.match(sseHeaders["content-type"], /^text\/event-stream/);
  assert.match(sseHeaders["cache-control"], /no-cache/);
  assert.match(sseHeaders["cache-control"], /no-transform/);
  assert.is(sseHeaders["x-accel-buffering"], "no");
});

test.run();
