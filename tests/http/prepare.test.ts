// The async render hook over HTTP, with a fake slow kind (a text whose template reads a value a preparer makes
// asynchronously): the page, a rerun answer and a full refresh each carry the prepared value, never the fallback.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { raw } from "hono/html";
import type { St } from "../../src/elements/index.ts";
import { elementTemplates, type ElementTemplate } from "../../templates/registry.ts";
import { clearPrepared, elementPreparers, prepareOnce, readPrepared } from "../../templates/prepare.ts";
import { httpTest, openPage, parseSse, rerun } from "./harness.ts";

const plainText = elementTemplates.text!;
const key = (el: { body?: string }) => "fake-slow:" + el.body;

test.before(() => {
  elementPreparers.text = (el) =>
    prepareOnce(key(el), () => new Promise((r) => setTimeout(() => r("PREPARED " + String(el.body).toUpperCase()), 30)));
  elementTemplates.text = (({ el }) => {
    const p = readPrepared(key(el));
    return raw(`<p class="fake">${p?.ok ? p.value : "FALLBACK"}</p>`);
  }) as ElementTemplate;
});
test.after(() => {
  delete elementPreparers.text;
  elementTemplates.text = plainText;
  clearPrepared();
});

const app = (st: St) => {
  const n = st.slider("n", { maxValue: 10 });
  st.text(`value ${n}`);
};
const options = () => ({ app });

httpTest("the page waits for its elements to be prepared", options, async (c) => {
  clearPrepared();
  const page = await openPage(c);
  const p = page.doc.querySelector("p.fake")!;
  assert.is(p.textContent, "PREPARED VALUE 0");
});

httpTest("a rerun answer carries the prepared element, not the fallback", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("n"), "7"]], { last: page.lastEventId });
  const data = parseSse(await res.text()).map((e) => e.data).join("");
  assert.ok(data.includes("PREPARED VALUE 7"), data);
  assert.not.ok(data.includes("FALLBACK"));
});

httpTest("a full refresh (the log no longer reaches back) is prepared before it renders", options, async (c) => {
  const page = await openPage(c);
  clearPrepared(); // evicted since the page was rendered
  const res = await rerun(c, page, [[page.nameOf("n"), "0"]], { last: 0 });
  const data = parseSse(await res.text()).map((e) => e.data).join("");
  assert.ok(data.includes('hx-swap="innerMorph"'), "a full refresh: " + data);
  assert.ok(data.includes("PREPARED VALUE 0"), data);
  assert.not.ok(data.includes("FALLBACK"));
});

test.run();
