// Status elements over HTTP: a progress bar updated in place is one small morph per update (nothing else re-sent),
// and a spinner reaches the browser while its callback is still running (the answer streams).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { httpTest, openPage, parseSse, rerun, swapsOf, stepReader } from "./harness.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

httpTest(
  "progress updated in place: each update is one outerMorph of the bar's node, a few hundred bytes",
  () => ({
    app: async (st: any) => {
      for (let i = 0; i < 50; i++) st.text(`static line ${i}`);
      if (st.button("Go")) {
        const bar = st.progress(0, { text: "Working" });
        for (let step = 1; step <= 4; step++) {
          await sleep(40); // longer than the rerun buffer: each update goes out as its own event
          bar.progress(step * 25, { text: `Step ${step}` });
        }
        st.text("done");
      }
    },
  }),
  async (c) => {
    const page = await openPage(c);
    const res = await rerun(c, page, [[page.nameOf("Go"), "1"]], { last: page.lastEventId });
    assert.is(res.status, 200);
    const events = parseSse(await res.text()).filter((e) => e.data.includes("progressbar"));
    assert.ok(events.length >= 4, `one event per update (got ${events.length})`);
    const updates = events.slice(1); // the first inserts the bar
    for (const e of updates) {
      const swaps = swapsOf(e.data).filter((s) => s.el.querySelector?.("[role=progressbar]") || s.el.getAttribute?.("hx-target") === "#sl-0-51");
      assert.equal(swaps.map((s) => [s.target, s.swap]), [["#sl-0-51", "outerMorph"]], e.data);
      const bytes = new TextEncoder().encode(swaps[0]!.el.outerHTML).length;
      assert.ok(bytes < 600, `the update is small (${bytes} bytes)`);
      assert.not.ok(e.data.includes("static line"), "nothing else is re-sent");
    }
    const last = swapsOf(events.at(-1)!.data)[0]!.el.querySelector("[role=progressbar]")!;
    assert.is(last.getAttribute("aria-valuenow"), "100");
  },
);

{
  let open!: () => void;
  httpTest(
    "the spinner is on the wire while its callback runs, and its slot is emptied after",
    () => ({
      app: async (st: any) => {
        if (st.button("Load")) {
          const v = await st.spinner("Loading data", () => new Promise<number>((r) => (open = () => r(7))));
          st.text(`value ${v}`);
        }
      },
    }),
    async (c) => {
      const page = await openPage(c);
      const res = await rerun(c, page, [[page.nameOf("Load"), "1"]], { last: page.lastEventId });
      const body = stepReader(res, () => open?.());
      let text = await body.until("Loading data");
      assert.ok(text.includes('aria-busy="true"'), "shown busy while the callback runs");
      assert.not.ok(text.includes("value 7"), "the callback has not returned yet");
      open();
      text = await body.rest();
      const all = parseSse(text);
      const html = all.map((e) => e.data).join("\n");
      assert.ok(html.includes("value 7"), "the callback's value came back");
      const spinnerAt = all.findIndex((e) => e.data.includes("Loading data"));
      const emptied = all.slice(spinnerAt + 1).some((e) => swapsOf(e.data).some((s) => s.target === "#sl-0-1" && s.swap === "outerMorph" && !s.el.textContent!.includes("Loading")));
      assert.ok(emptied, "the spinner's node was replaced by an empty slot");
    },
  );
}

test.run();
