// Chat templates: the append fragment (only new text, escaped, into the streaming element's text), folding into a
// node rendered in the same message, the chat input's form controls and the chat message's article.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Patch } from "../../../src/diff/diff.ts";
import { applyAppend, applyDelta } from "../../../src/diff/diff.ts";
import { renderPatches } from "../../../templates/fragments.tsx";
import { newTree, parse, render } from "../helpers.ts";

const streaming = (body: string) => ({ newElement: { markdown: { body, elementType: 1, streaming: true } } });

test("an append is a beforeend partial into the element's text, with the new text escaped", () => {
  const t = newTree();
  applyDelta(t, [0, 1], streaming("Hi"), 1);
  const html = renderPatches([applyAppend(t, [0, 1], " <b>&</b>", 1)!]);
  const root = parse(html);
  const [p, ...rest] = [...root.children];
  assert.is(rest.length, 0);
  assert.is(p!.tagName.toLowerCase(), "hx-partial");
  assert.is(p!.getAttribute("hx-target"), "#sl-0-1-t");
  assert.is(p!.getAttribute("hx-swap"), "beforeend");
  assert.is(p!.textContent, " <b>&</b>");
  assert.is(p!.children.length, 0, "text, not markup");
  assert.not.ok(html.includes("Hi"), "the text already sent is not sent again");
});

test("appends to one element in one message are joined; a node rendered in the message gets them in its HTML", () => {
  const t = newTree();
  const first = applyDelta(t, [0, 0], streaming("a"), 1)!;
  const b = applyAppend(t, [0, 0], "b", 1)!;
  const c = applyAppend(t, [0, 0], "c", 1)!;
  const one = parse(renderPatches([first, b, c]));
  assert.is(one.children.length, 1, "the new node alone (its target would not exist yet)");
  assert.is(one.querySelector("#sl-0-0-t")!.textContent, "abc");
  const joined = parse(renderPatches([b, c]));
  assert.is(joined.children.length, 1);
  assert.is(joined.children[0]!.textContent, "bc");
});

test("an append superseded by a rewrite or removal of its node is dropped", () => {
  const t = newTree();
  applyDelta(t, [0, 0], streaming("a"), 1);
  const b = applyAppend(t, [0, 0], "b", 1)!;
  const end = applyDelta(t, [0, 0], { newElement: { markdown: { body: "ab", elementType: 1 } } }, 1)!;
  const html = renderPatches([b, end]);
  assert.not.ok(html.includes("beforeend"));
  const gone: Patch = { op: "remove", key: "0.0", path: [0, 0] };
  assert.not.ok(renderPatches([b, gone]).includes("beforeend"));
});

test("a streaming element is busy plain text; the final one is Markdown", () => {
  const live = render(streaming("**a** <i>"), [0, 2]);
  const text = live.querySelector("#sl-0-2-t")!;
  assert.is(text.textContent, "**a** <i>");
  assert.is(live.querySelector("[aria-busy=true]")?.contains(text), true);
  const done = render({ newElement: { markdown: { body: "**a**", elementType: 1 } } }, [0, 2]);
  assert.ok(done.querySelector("strong"));
  assert.not.ok(done.querySelector("[aria-busy]"));
});

test("the chat input: a labelled textarea and a Send button posting under the widget's name", () => {
  const el = render({ newElement: { chatInput: { id: "$$ID-abc-None", placeholder: "Ask", maxChars: 10, position: 0 } } }, [3, 0]);
  const ta = el.querySelector("textarea")!;
  assert.is(ta.getAttribute("name"), "$$ID-abc-None");
  assert.is(ta.getAttribute("maxlength"), "10");
  assert.is(el.querySelector(`label[for="${ta.id}"]`)!.textContent, "Ask");
  const send = el.querySelector("button")!;
  assert.equal([send.getAttribute("type"), send.getAttribute("name"), send.getAttribute("value"), send.textContent!.trim()], ["submit", "$$ID-abc-None", "send", "Send"]);
  assert.ok(el.querySelector(".sl-chat-bottom"), "pinned");
  // Without JavaScript a one-line field (Enter submits) under the same name, labelled the same; inert with scripts.
  const line = el.querySelector("noscript input[type=text]")!;
  assert.is(line.getAttribute("name"), "$$ID-abc-None");
  assert.is(el.querySelector(`noscript label[for="${line.id}"]`)!.textContent, "Ask");
  const inline = render({ newElement: { chatInput: { id: "$$ID-abc-None", placeholder: "Ask", position: 1 } } }, [0, 0]);
  assert.not.ok(inline.querySelector(".sl-chat-bottom"));
});

test("a refused message is kept in the field with its error", () => {
  const el = render({ newElement: { chatInput: { id: "$$ID-a-None", placeholder: "Ask", maxChars: 3, error: { message: "Ask must be 3 characters or fewer", entered: ["toolong", "send"] } } } });
  const ta = el.querySelector("textarea")!;
  assert.is(ta.textContent, "toolong");
  assert.is(el.querySelector("noscript input")!.getAttribute("value"), "toolong");
  assert.is(ta.getAttribute("aria-invalid"), "true");
  assert.ok(el.querySelector(".sl-error-message")!.textContent!.includes("3 characters"));
});

test("a chat message is an article named after its author, with a decorative avatar", () => {
  const el = render({ addBlock: { chatMessage: { name: "assistant" } } }, [0, 4]);
  const article = el.querySelector("article")!;
  assert.is(article.getAttribute("aria-label"), "assistant");
  assert.is(article.querySelector(".sl-chat-avatar")!.getAttribute("aria-hidden"), "true");
  assert.is(article.querySelector(".sl-chat-avatar")!.textContent, "🤖");
  assert.ok(article.querySelector("#sl-0-4-c"), "its children's slot");
  const other = render({ addBlock: { chatMessage: { name: "bob", avatar: "" } } });
  assert.is(other.querySelector(".sl-chat-avatar")!.textContent, "B");
  const img = render({ addBlock: { chatMessage: { name: "ann", avatar: "https://example.test/a.png" } } });
  assert.is(img.querySelector(".sl-chat-avatar img")!.getAttribute("alt"), "");
});

test.run();
