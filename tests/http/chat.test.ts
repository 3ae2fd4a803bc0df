// Chat over HTTP: a streamed reply sends each chunk's text once (an append), a reconnect with Last-Event-ID in the
// middle of it ends with the full text, a draft posted with another change is no message, and without JavaScript
// the Send button reruns the page and returns to the chat input.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/elements/index.ts";
import { CHAT_SEND } from "../../src/elements/chat_input.ts";
import { FORM, httpTest, openPage, parsePage, parseSse, readUntil, rerun, swapsOf, type Client } from "./harness.ts";

const CHUNKS = ["You", " said", " **", "PROMPT", "**", " — the", " end."];
const GAP_MS = 45; // more than the session's coalescing window: each chunk goes out in its own event

async function* reply(prompt: string) {
  for (const c of CHUNKS) {
    await new Promise((r) => setTimeout(r, GAP_MS));
    yield c === "PROMPT" ? prompt : c;
  }
}
const fullReply = (prompt: string) => CHUNKS.map((c) => (c === "PROMPT" ? prompt : c)).join("");

const chatApp = async (st: St) => {
  st.slider("Temperature", { minValue: 0, maxValue: 10, value: 5 });
  st.sessionState.history ??= [];
  for (const m of st.sessionState.history) st.chatMessage(m.role).markdown(m.content);
  const prompt = st.chatInput("Ask", { maxChars: 40 });
  if (prompt) {
    st.chatMessage("user").markdown(prompt);
    const text = await st.chatMessage("assistant").writeStream(reply(prompt));
    st.sessionState.history.push({ role: "user", content: prompt }, { role: "assistant", content: text });
  }
};
const options = () => ({ app: chatApp, config: { server: { heartbeatSeconds: 0.05 } } });

const send = (c: Client, page: ReturnType<typeof parsePage>, text: string, last = page.lastEventId) =>
  rerun(c, page, [[page.nameOf("Ask"), text], [page.nameOf("Ask"), CHAT_SEND]], { last });
/** A no-JavaScript post of `fields`, then the page it redirects to. */
async function rerunNoJs(c: Client, page: ReturnType<typeof parsePage>, fields: [string, string][]) {
  const body = new URLSearchParams([["_sluice_session", page.sessionId], ...fields]);
  await c.request("/", { method: "POST", body: body.toString(), headers: FORM });
  return c.request("/");
}
const appendsOf = (data: string) => swapsOf(data).filter((s) => s.swap === "beforeend").map((s) => s.el.textContent ?? "");

httpTest("a streamed reply: each event carries only the new text, and the last renders the full Markdown", options, async (c) => {
  const page = await openPage(c);
  const events = parseSse(await (await send(c, page, "hello")).text()).filter((e) => e.data);
  const appended = events.flatMap((e) => appendsOf(e.data));
  assert.ok(appended.length >= 3, `chunks arrive as appends (${appended.length})`);
  for (const t of appended) assert.ok(CHUNKS.includes(t) || t === "hello", `only a chunk's text: ${JSON.stringify(t)}`);
  for (const e of events) assert.ok(e.data.split("the end").length <= 2, "no event repeats text already sent");
  const last = swapsOf(events.at(-1)!.data.concat(events.at(-2)?.data ?? ""));
  const md = last.map((s) => s.el.querySelector(".sl-chat-message .sl-markdown:not(.sl-streaming), .sl-markdown:not(.sl-streaming)")).find((x) => x?.querySelector("strong"));
  assert.is(md?.querySelector("strong")?.textContent, "hello", "the end morphs the element into rendered Markdown");
  // The next run draws the same history: nothing is sent for the finished reply.
  const again = parseSse(await (await rerun(c, page, [[page.nameOf("Temperature"), "6"]], { last: events.at(-1)!.id })).text());
  const html = again.map((e) => e.data).join("");
  assert.not.match(html, /the end/, "the reply, now history, is unchanged");
});

httpTest("a reconnect with Last-Event-ID in the middle of a reply ends with the full text", options, async (c) => {
  const page = await openPage(c);
  const res = await send(c, page, "resume");
  // Read until the first append, then drop the answer (the connection broke).
  const first = parseSse(await readUntil(res, (t) => t.includes("beforeend") && t.endsWith("\n\n"))).filter((e) => e.data);
  const seenId = first.at(-1)!.id!;
  const stream = await c.request("/_sluice/stream", { headers: { "x-sluice-session": page.sessionId, "last-event-id": String(seenId) } });
  const rest = parseSse(await readUntil(stream, (t) => /<strong>resume<\/strong>/.test(t) && t.endsWith("\n\n"), 5000)).filter((e) => e.data);
  const ids = rest.map((e) => e.id!);
  assert.ok(ids[0]! > seenId, "nothing before what the tab had is sent again");
  assert.equal(ids, ids.map((_, i) => ids[0]! + i), "no event missed");
  const before = first.flatMap((e) => appendsOf(e.data));
  const after = rest.flatMap((e) => appendsOf(e.data));
  const firstChunk = swapsOf(first.map((e) => e.data).join("")).map((s) => s.el.querySelector(".sl-stream-text")?.textContent).find((t) => t != null) ?? "";
  const shown = firstChunk + before.join("") + after.join("");
  assert.ok(fullReply("resume").startsWith(shown), `text so far in order: ${JSON.stringify(shown)}`);
  const end = swapsOf(rest.at(-1)!.data).map((s) => s.el.querySelector(".sl-markdown:not(.sl-streaming)")).find(Boolean);
  assert.match(end!.textContent ?? "", /You said resume — the end\./, "the full reply, as Markdown");
});

httpTest("a draft (text not sent) posted with another widget's change is no message", options, async (c) => {
  const page = await openPage(c);
  const events = parseSse(await (await rerun(c, page, [[page.nameOf("Ask"), "draft"], [page.nameOf("Temperature"), "7"]])).text());
  const html = events.map((e) => e.data).join("");
  assert.not.match(html, /sl-chat-message/);
});

httpTest("without JavaScript, Send reruns and the page returns to the chat input, cleared, with the reply", options, async (c) => {
  const page = await openPage(c);
  const name = page.nameOf("Ask");
  const body = new URLSearchParams([["_sluice_session", page.sessionId], [name, "plain post"], [name, CHAT_SEND]]);
  const res = await c.request("/", { method: "POST", body: body.toString(), headers: FORM });
  assert.is(res.status, 303);
  const line = page.doc.querySelector(`noscript input[name="${name}"]`)!;
  assert.is(new URL(res.headers.get("location")!, "http://x").hash, "#" + line.id, "back to the chat input's one-line field");
  const after = parsePage(await (await c.request("/")).text());
  const messages = [...after.doc.querySelectorAll("article.sl-chat-message")].map((a) => [a.getAttribute("aria-label"), a.textContent!.replace(/\s+/g, " ").trim()]);
  assert.equal(messages.map((m) => m[0]), ["user", "assistant"]);
  assert.match(messages[1]![1]!, /You said plain post — the end\./);
  assert.ok(after.doc.querySelector(".sl-chat-message strong"), "the reply is rendered Markdown");
  assert.is(after.doc.querySelector(`textarea[name="${name}"]`)!.textContent, "", "the field is empty");
  assert.ok(after.doc.querySelector("#sl-3 textarea"), "pinned in the bottom root");
  assert.ok(after.doc.querySelector(`noscript input[name="${name}"]`)!.hasAttribute("autofocus"), "the focus goes back into the field");
  assert.not.ok(page.doc.querySelector("[autofocus]"), "a plain visit moves no focus");
  const other = parsePage(await (await rerunNoJs(c, after, [[after.nameOf("Temperature"), "8"]])).text());
  assert.not.ok(other.doc.querySelector("[autofocus]"), "nor does Apply of another change");
});

httpTest("without JavaScript, Enter in the one-line field (the form's Apply) sends its text", options, async (c) => {
  const page = await openPage(c);
  const name = page.nameOf("Ask");
  const body = new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_apply", "1"], [name, ""], [name, "by enter"]]);
  const res = await c.request("/", { method: "POST", body: body.toString(), headers: FORM });
  assert.is(res.status, 303);
  const after = parsePage(await (await c.request("/")).text());
  assert.match(after.doc.querySelector("article[aria-label=assistant]")?.textContent ?? "", /You said by enter — the end\./);
});

httpTest("a message longer than maxChars is refused on the field, kept to correct", options, async (c) => {
  const page = await openPage(c);
  const name = page.nameOf("Ask");
  const long = "x".repeat(41);
  const body = new URLSearchParams([["_sluice_session", page.sessionId], [name, long], [name, CHAT_SEND]]);
  const res = await c.request("/", { method: "POST", body: body.toString(), headers: FORM });
  assert.is(new URL(res.headers.get("location")!, "http://x").hash, "#sl-error-summary");
  const after = parsePage(await (await c.request("/")).text());
  const ta = after.doc.querySelector(`textarea[name="${name}"]`)!;
  assert.is(ta.textContent, long);
  assert.is(ta.getAttribute("aria-invalid"), "true");
  assert.not.ok(after.doc.querySelector("article.sl-chat-message"), "no message was sent");
});

test.run();
