// cacheData in a served app: a miss shows its spinner on the wire while it computes (then empties the slot), a hit
// shows none; the app's cache host (createApp's `cache`) is the one used, shared by every session.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { httpTest, openPage, parseSse, rerun, swapsOf, stepReader } from "./harness.ts";
import { cacheData, createCacheHost, type CacheHost } from "../../src/index.ts";

{
  let open: (() => void) | undefined;
  let host!: CacheHost;
  let calls = 0;
  const load = cacheData(async (n: number) => {
    calls++;
    await new Promise<void>((r) => (open = r));
    return n * 10;
  }, { showSpinner: "Fetching numbers" });
  httpTest(
    "a miss shows the spinner while it computes, then empties it; a hit (also in another session) shows none",
    () => {
      host = createCacheHost();
      calls = 0;
      return { app: async (st: any) => { if (st.button("Load")) st.text(`value ${await load(4)}`); }, cache: host };
    },
    async (c) => {
      const page = await openPage(c);
      const res = await rerun(c, page, [[page.nameOf("Load"), "1"]], { last: page.lastEventId });
      const body = stepReader(res, () => open?.());
      let text = await body.until("Fetching numbers");
      assert.ok(text.includes("Fetching numbers"), "the spinner went out while the function ran");
      assert.not.ok(text.includes("value 40"));
      open!();
      text = await body.rest();
      const all = parseSse(text);
      assert.ok(all.some((e) => e.data.includes("value 40")));
      const spinnerAt = all.findIndex((e) => e.data.includes("Fetching numbers"));
      const emptied = all.slice(spinnerAt + 1).some((e) => swapsOf(e.data).some((s) => s.target === "#sl-0-1" && !s.el.textContent!.includes("Fetching")));
      assert.ok(emptied, "the spinner's slot was emptied");
      assert.equal(await load.stats(host), { hits: 0, misses: 1, entries: 1, bytes: (await load.stats(host)).bytes });

      const other = c.otherBrowser();
      const page2 = await openPage(other);
      const again = parseSse(await (await rerun(other, page2, [[page2.nameOf("Load"), "1"]], { last: page2.lastEventId })).text());
      const html = again.map((e) => e.data).join("\n");
      assert.ok(html.includes("value 40"));
      assert.not.ok(html.includes("Fetching numbers"), "a hit shows no spinner");
      assert.is(calls, 1);
      assert.is((await load.stats(host)).hits, 1, "the app's own host counted the hit");
    },
  );
}

test.run();
