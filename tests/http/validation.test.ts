// Per-field errors over HTTP: a refused value is an error on its widget (the post answers 200 and the app reruns),
// the no-JavaScript page starts with an error summary, and what is not a widget value is an HTML 4xx for a browser.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import type { St } from "../../src/elements/index.ts";
import { httpTest, openPage, parsePage, parseSse, rerun, type Client, type Page } from "./harness.ts";

let runs = 0;
let deleted = 0;
const app = (st: St) => {
  runs++;
  const qty = st.numberInput("Quantity", { minValue: 0, maxValue: 100, value: 5 });
  const name = st.textInput("Your name");
  const tags = st.multiselect("Tags", ["a", "b", "c"], { maxSelections: 2 });
  st.text(`Quantity ${qty}; name ${name || "none"}; tags ${tags.join("+") || "none"}`);
  st.slider("Locked level", { minValue: 0, maxValue: 10, disabled: true });
  if (st.button("Delete everything", { disabled: true })) deleted++;
  const pw = st.textInput("Password", { type: "password" });
  st.text(`password length ${pw.length}`);
};
const options = () => ((runs = 0), (deleted = 0), { app });

/** The HTML of every event of an answer, as one document. */
async function answer(res: Response) {
  assert.is(res.status, 200);
  const events = parseSse(await res.text());
  return { events, doc: parseHTML(`<html><body>${events.map((e) => e.data).join("")}</body></html>`).document as unknown as Document };
}

const control = (doc: Document, page: Page, label: string) => doc.querySelector(`[name="${page.nameOf(label)}"]:not([type=hidden])`);

async function post(c: Client, page: Page, fields: [string, string][], last: number) {
  const a = await answer(await rerun(c, page, fields, { last }));
  return { ...a, last: a.events.at(-1)?.id ?? last };
}

httpTest("a value above the maximum is an error on that widget; the rest of the post is applied and the app reruns", options, async (c) => {
  const page = await openPage(c);
  const qty = page.nameOf("Quantity");
  const before = runs;
  const bad = await post(c, page, [[qty, "200"], [page.nameOf("Your name"), "Ada"]], page.lastEventId);
  assert.is(runs, before + 1, "the app reran");
  assert.ok(bad.doc.body.textContent!.includes("Quantity 5; name Ada"), "the name was applied; the quantity kept its value");
  const input = control(bad.doc, page, "Quantity")!;
  assert.is(input.getAttribute("aria-invalid"), "true");
  assert.is(input.getAttribute("value"), "200", "the entered text is kept in the field");
  const described = input.getAttribute("aria-describedby")!.split(" ");
  const error = bad.doc.getElementById(described.find((d) => d.endsWith("-error"))!)!;
  assert.match(error.textContent!, /^Error:\s*Quantity must be between 0 and 100$/);
  assert.match(bad.doc.getElementById(described.find((d) => d.endsWith("-hint"))!)!.textContent!, /A whole number between 0 and 100/);

  // The bad value stays in the form: the next post carries it again, and is still answered (no frozen app).
  const again = await post(c, page, [[qty, "200"], [page.nameOf("Your name"), "Bob"]], bad.last);
  assert.is(runs, before + 2);
  assert.ok(again.doc.body.textContent!.includes("Quantity 5; name Bob"));

  // A valid value clears the error.
  const fixed = await post(c, page, [[qty, "50"], [page.nameOf("Your name"), "Bob"]], again.last);
  assert.ok(fixed.doc.body.textContent!.includes("Quantity 50; name Bob"));
  const ok = control(fixed.doc, page, "Quantity")!;
  assert.is(ok.getAttribute("aria-invalid"), null);
  assert.is(fixed.doc.querySelector(".sl-error-message"), null);
});

httpTest("a fraction in a whole-number input and one selection too many are errors on their widgets", options, async (c) => {
  const page = await openPage(c);
  const tags = page.nameOf("Tags");
  const res = await post(c, page, [[page.nameOf("Quantity"), "1.5"], [tags, "0"], [tags, "1"], [tags, "2"]], page.lastEventId);
  const messages = [...res.doc.querySelectorAll(".sl-error-message")].map((e) => e.textContent!.replace(/\s+/g, " ").trim());
  assert.equal(messages, ["Error: Quantity must be a whole number", "Error: Select at most 2 options for Tags"]);
  const session = c.server.sessions.get(page.sessionId)!;
  const def = [...session.state.registry.values()].find((d) => d.label === "Tags")!;
  assert.equal(session.state.widgetValues.get(def.id), [], "the multiselect kept its (empty) value");
});

httpTest("values and presses posted for disabled widgets are ignored", options, async (c) => {
  const page = await openPage(c);
  const session = c.server.sessions.get(page.sessionId)!;
  const level = [...session.state.registry.values()].find((d) => d.label === "Locked level")!;
  const res = await rerun(c, page, [[level.id, "9"], [page.nameOf("Delete everything"), "1"]]);
  assert.is(res.status, 200);
  assert.is(deleted, 0, "the disabled button's action did not run");
  assert.equal(session.state.widgetValues.get(level.id) ?? level.defaultValue, [0], "the disabled slider kept its value");
});

httpTest("a password is never sent back: not in the page, not in any event, not in the no-JS page", options, async (c) => {
  const page = await openPage(c);
  const secret = "hunter2-Zq9";
  const pw = page.nameOf("Password");
  const res = await rerun(c, page, [[pw, secret]], { last: page.lastEventId });
  const text = await res.text();
  assert.ok(text.includes("password length 11"), "the app got the password");
  assert.not.ok(text.includes(secret), "no event carries it");
  const session = c.server.sessions.get(page.sessionId)!;
  assert.not.ok(session.eventsAfter(0).some((e) => e.data.includes(secret)), "the log does not keep it");
  const stream = session.refreshEvent().data;
  assert.not.ok(stream.includes(secret), "a full refresh does not carry it");
  const nojs = await rerun(c, page, [[pw, secret]], { path: "/" });
  const cookie = /(sluice_nojs=[0-9a-f]+)/.exec(nojs.headers.get("set-cookie") ?? "")![1]!;
  const html = await (await c.request("/", { headers: { cookie } })).text();
  assert.ok(html.includes("password length 11"));
  assert.not.ok(html.includes(secret), "the page does not render it back");
});

httpTest("without JavaScript: 303 to the error summary, which links to each field; the entered text is kept", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Quantity"), "200"], [page.nameOf("Your name"), "Ada"]], { path: "/" });
  assert.is(res.status, 303);
  assert.is(new URL(res.headers.get("location")!, "http://x").hash, "#sl-error-summary");
  const cookie = /(sluice_nojs=[0-9a-f]+)/.exec(res.headers.get("set-cookie") ?? "")![1]!;
  const shown = parsePage(await (await c.request("/", { headers: { cookie } })).text());
  const doc = shown.doc;
  const summary = doc.getElementById("sl-error-summary")!;
  assert.ok(summary, "an error summary");
  assert.is(summary.getAttribute("tabindex"), "-1", "focusable, so arriving at #sl-error-summary focuses it");
  assert.ok(summary.compareDocumentPosition(doc.getElementById("sl-0-c")!) & 4, "it comes before the app's content");
  assert.match(summary.querySelector("h2")!.textContent!, /There is a problem/);
  const links = [...summary.querySelectorAll("a")];
  assert.is(links.length, 1);
  assert.is(links[0]!.textContent, "Quantity must be between 0 and 100");
  const target = doc.getElementById(links[0]!.getAttribute("href")!.slice(1))!;
  assert.is(target.getAttribute("name"), page.nameOf("Quantity"), "the link goes to the field");
  assert.is(target.getAttribute("value"), "200", "the entered text is kept");
  assert.is(target.getAttribute("aria-invalid"), "true");
  assert.ok(doc.body.textContent!.includes("Quantity 5; name Ada"));
  // Fixed: no summary, no error.
  const fixed = await rerun(c, page, [[page.nameOf("Quantity"), "20"]], { path: "/" });
  assert.not.match(fixed.headers.get("location")!, /sl-error-summary/, "no summary: back to the field (chrome's anchor)");
  const cookie2 = /(sluice_nojs=[0-9a-f]+)/.exec(fixed.headers.get("set-cookie") ?? "")![1]!;
  const clean = parsePage(await (await c.request("/", { headers: { cookie: cookie2 } })).text()).doc;
  assert.is(clean.getElementById("sl-error-summary"), null);
  assert.is(clean.querySelector("[aria-invalid]"), null);
});

httpTest("what is not a widget value stays a 4xx: an HTML page with the app's stylesheet and a link back for a browser", options, async (c) => {
  const page = await openPage(c);
  const html = await rerun(c, page, [["$$ID-nope", "1"]], { path: "/", headers: { accept: "text/html,application/xhtml+xml" } });
  assert.is(html.status, 400);
  assert.match(html.headers.get("content-type")!, /text\/html/);
  const doc = parseHTML(await html.text()).document;
  assert.ok(doc.querySelector('link[rel=stylesheet][href^="/_sluice/static/sluice.css"]'));
  assert.match(doc.querySelector("h1")!.textContent!, /could not use that request/);
  assert.match(doc.querySelector("main")!.textContent!, /Unknown widget/);
  assert.is(doc.querySelector("main a")!.getAttribute("href"), "/");
  const cross = await rerun(c, page, [], { path: "/", headers: { accept: "text/html", origin: "https://evil.example" } });
  assert.is(cross.status, 403);
  assert.match(parseHTML(await cross.text()).document.querySelector("h1")!.textContent!, /refused/);
  // htmx asks for HTML too, but gets the message as text, which its glue shows; so does any non-HTML client.
  const hx = await rerun(c, page, [["$$ID-nope", "1"]], { headers: { accept: "text/html", "hx-request": "true" } });
  assert.match(hx.headers.get("content-type")!, /text\/plain/);
  assert.match(await hx.text(), /^Unknown widget/);
  const plain = await rerun(c, page, [["$$ID-nope", "1"]]);
  assert.match(plain.headers.get("content-type")!, /text\/plain/);
});

test.run();
