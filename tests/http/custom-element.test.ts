// defineElement adds a NEW element kind with its own template (not only a restyle of a built-in one): its
// elements travel as the generic `custom` member (kind + JSON props), render on the page and update on a rerun;
// a kind defined from another copy of sluice's modules (as `sluice run` reloads the app) reaches the server.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { tsImport } from "tsx/esm/api";
import { html } from "hono/html";
import { defineElement } from "../../src/elements/define.ts";
import { elementTemplates } from "../../templates/registry.ts";
import { httpTest, openPage, parseSse, rerun, swapsOf } from "./harness.ts";

const badge = defineElement({
  kind: "badge",
  template: ({ el, id }: { el: { label: string; tone: string }; id: string }) => html`<strong class="badge badge-${el.tone}" id="${id}-b">${el.label}</strong>`,
  command: { name: "badge", fn: (dg, label: string, tone = "info") => badge.write(dg, { label, tone }) },
});

const app = (st: any) => {
  const n = st.slider("n", { minValue: 0, maxValue: 9, value: 2 });
  st.badge(`n is ${n}`, n > 5 ? "high" : "low");
  badge.write(st.sidebar, { label: "<sidebar>", tone: "x" });
};

httpTest("a new kind renders with its template on the page, and updates on a rerun", () => ({ app }), async (c) => {
  const page = await openPage(c);
  const badges = [...page.doc.querySelectorAll("strong.badge")];
  assert.equal(badges.map((b) => b.textContent).sort(), ["<sidebar>", "n is 2"], "the label is escaped, as text");
  assert.ok(page.doc.querySelector("strong.badge-low"));
  const res = await rerun(c, page, [[page.nameOf("n"), "7"]], { last: page.lastEventId });
  const swapped = parseSse(await res.text()).flatMap((e) => swapsOf(e.data));
  const el = swapped.map((s) => s.el.querySelector?.("strong.badge")).find(Boolean);
  assert.ok(el, "the changed element is sent");
  assert.is(el!.textContent, "n is 7");
  assert.is(el!.getAttribute("class"), "badge badge-high");
});

httpTest(
  "an element of a kind with no template says so in place",
  () => ({ app: (st: any) => void st.sidebar.writeElement({ custom: { kind: "nowhere", json: "{}" } }) }),
  async (c) => {
    const page = await openPage(c);
    assert.match(page.doc.querySelector(".sl-el-custom")!.textContent!, /Unknown element kind “nowhere”/);
  },
);

test("a kind defined from a fresh copy of sluice's modules (a reloaded app) reaches the server's copy", async () => {
  const fresh = (await tsImport("../../src/index.ts", import.meta.url)) as typeof import("../../src/index.ts");
  assert.is.not(fresh.defineElement, defineElement, "really another copy");
  const tag = fresh.defineElement({
    kind: "tag",
    template: ({ el }: { el: string }) => html`<em class="tag">${el}</em>`,
    command: { name: "tag", fn: (dg, text: string) => tag.write(dg, text) },
  });
  const { createApp } = await import("../../src/server/app.ts");
  const server = createApp({ app: (st: any) => void st.tag("from the reloaded app") });
  const body = await (await server.hono.request("/")).text();
  assert.match(body, /<em class="tag">from the reloaded app<\/em>/);
});

test("a built-in kind can still be restyled; bad names and non-JSON props are clear errors", async () => {
  const original = elementTemplates.text!;
  try {
    defineElement({ kind: "text", template: ({ el }: { el: { body: string } }) => html`<samp class="restyled">${el.body}</samp>` });
    const { createApp } = await import("../../src/server/app.ts");
    const body = await (await createApp({ app: (st: any) => void st.text("plain") }).hono.request("/")).text();
    assert.match(body, /<samp class="restyled">plain<\/samp>/);
  } finally {
    elementTemplates.text = original;
  }
  assert.throws(() => defineElement({ kind: "custom", template: () => "" }), /reserved/);
  assert.throws(() => defineElement({ kind: "no spaces", template: () => "" }), /not a kind name/);
  const { AppTest } = await import("../../src/testing/index.ts");
  const at = await AppTest.fromFunction((st: any) => badge.write(st, { n: 1n })).run();
  assert.match(String(at.exception[0]?.value ?? ""), /must be JSON/);
});

test.run();
