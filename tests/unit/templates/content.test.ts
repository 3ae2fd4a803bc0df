import { test } from "uvu";
import * as assert from "uvu/assert";
import type { sluice } from "../../../src/gen/proto.js";
import { byRole, fieldset, labelled, render } from "../helpers.ts";

const EVIL = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
const noMarkup = (root: HTMLElement) => {
  assert.is(root.querySelectorAll("script").length, 0, "no <script> element");
  assert.is(root.querySelectorAll("[onerror]").length, 0, "no event handler attribute");
};

test("markdown renders Markdown", () => {
  const root = render({ newElement: { markdown: { body: "Some **bold** and [a link](https://example.com)" } } });
  assert.is(root.querySelector("strong")!.textContent, "bold");
  const a = byRole(root, "link")[0]!;
  assert.is(a.getAttribute("href"), "https://example.com");
  assert.is(a.getAttribute("rel"), "noopener noreferrer");
});

test("markdown escapes raw HTML unless allowHtml", () => {
  const root = render({ newElement: { markdown: { body: `Hi ${EVIL}\n\n<div class="x">block</div>` } } });
  noMarkup(root);
  assert.is(root.querySelector("div.x"), null);
  assert.ok(root.textContent!.includes("<script>alert(1)</script>"), "the HTML shows as text");
  const allowed = render({ newElement: { markdown: { body: `<div class="x">block</div>`, allowHtml: true } } });
  assert.is(allowed.querySelector("div.x")!.textContent, "block");
});

test("markdown neutralises javascript: and other unsafe link schemes", () => {
  const bodies = [
    "[a](javascript:alert(1))",
    "[a](JavaScript:alert(1))",
    "[a](  javascript:alert(1))",
    "<javascript:alert(1)>",
    "[a][r]\n\n[r]: javascript:alert(1)",
    "[a](&#106;avascript:alert(1))",
    "[a](javascript&colon;alert(1))",
    "[a](data:text/html,<script>alert(1)</script>)",
    "[a](vbscript:msgbox)",
  ];
  for (const body of bodies) {
    const root = render({ newElement: { markdown: { body } } });
    for (const a of root.querySelectorAll("a")) {
      // What the browser would follow: the attribute value resolved against the page.
      const href = a.getAttribute("href") ?? "";
      const scheme = new URL(href, "https://app.example/").protocol;
      assert.ok(["https:", "http:"].includes(scheme), `${body} → href ${href} (${scheme})`);
    }
  }
  const img = render({ newElement: { markdown: { body: "![pic](javascript:alert(1))" } } }).querySelector("img");
  assert.is(new URL(img?.getAttribute("src") ?? "", "https://app.example/").protocol, "https:");
});

test("text is escaped in every element that shows it", () => {
  const cases: [string, sluice.IElement][] = [
    ["text", { text: { body: EVIL } }],
    ["heading", { heading: { tag: "h1", body: EVIL } }],
    ["code", { code: { codeText: EVIL, language: EVIL } }],
    ["json", { json: { body: EVIL } }],
    ["metric", { metric: { label: EVIL, body: EVIL, delta: EVIL, help: EVIL } }],
    ["alert", { alert: { body: EVIL, format: 1 } }],
    ["exception", { exception: { type: EVIL, message: EVIL, stackTrace: [EVIL] } }],
    ["button", { button: { id: "b", label: EVIL, help: EVIL } }],
    ["checkbox", { checkbox: { id: "c", label: EVIL, help: EVIL } }],
    ["textInput", { textInput: { id: "t", label: EVIL, value: EVIL, placeholder: EVIL, help: EVIL } }],
    ["textArea", { textArea: { id: "t", label: EVIL, value: `</textarea>${EVIL}` } }],
    ["radio", { radio: { id: "r", label: EVIL, options: [EVIL], captions: [EVIL] } }],
    ["selectbox", { selectbox: { id: "s", label: EVIL, options: [EVIL], placeholder: EVIL } }],
    ["multiselect", { multiselect: { id: "m", label: EVIL, options: [EVIL] } }],
    ["slider", { slider: { id: "s", label: EVIL, value: [1], help: EVIL } }],
    ["numberInput", { numberInput: { id: "n", label: EVIL, placeholder: EVIL } }],
  ];
  for (const [name, el] of cases) {
    const root = render({ newElement: el });
    assert.is(root.querySelectorAll("script").length, 0, `${name}: no <script>`);
    assert.is(root.querySelectorAll("[onerror]").length, 0, `${name}: no onerror`);
  }
  assert.ok(render({ newElement: { text: { body: EVIL } } }).textContent!.includes("<script>"), "shown as text");
});

test("labels with markup are shown as text, attribute values are quoted safely", () => {
  const root = render({ newElement: { textInput: { id: 'x" onfocus="alert(1)', label: "<b>bold?</b>" } } });
  const input = labelled(root, "<b>bold?</b>");
  assert.is(input.getAttribute("name"), 'x" onfocus="alert(1)');
  assert.is(input.getAttribute("onfocus"), null);
  assert.is(root.querySelectorAll("b").length, 0);
  const block = render({ addBlock: { expandable: { label: EVIL } } });
  noMarkup(block);
  assert.ok(fieldsetFree(block));
});
const fieldsetFree = (root: HTMLElement) => root.querySelector("summary")!.textContent!.includes("<script>");

test("errors are alerts; warnings, info and success are not (a warning is a polite status)", () => {
  const role = (format: number) => render({ newElement: { alert: { body: "x", format } } }).querySelector(".sl-alert")!.getAttribute("role");
  assert.is(role(1), "alert");
  assert.is(role(2), "status");
  assert.is(role(3), "note");
  assert.is(role(4), "status");
  const err = render({ newElement: { alert: { body: "Bad", format: 1 } } });
  assert.ok(err.textContent!.includes("Error:"), "the kind is said in words");
});

test("an exception is an alert with its type, message and a traceback disclosure", () => {
  const root = render({ newElement: { exception: { type: "TypeError", message: "boom", stackTrace: ["at a", "at b"] } } });
  const [alert] = byRole(root, "alert");
  assert.ok(alert!.textContent!.includes("TypeError"));
  assert.ok(alert!.textContent!.includes("boom"));
  assert.is(root.querySelector("details > pre")!.textContent, "at a\nat b");
});

test("headings use the requested level and a slug anchor", () => {
  const root = render({ newElement: { heading: { tag: "h2", body: "Hello World" } } });
  const [h] = byRole(root, "heading");
  assert.is(h!.tagName, "H2");
  assert.is(h!.id, "h-hello-world");
  assert.is(render({ newElement: { heading: { tag: "script", body: "x" } } }).querySelector("script"), null, "an unknown tag is not used");
});

test("a heading never takes the framework's DOM ids (sl-…), generated or explicit", () => {
  const generated = byRole(render({ newElement: { heading: { tag: "h2", body: "sl 0 3" } } }), "heading")[0]!;
  assert.is(generated.id, "h-sl-0-3");
  const explicit = byRole(render({ newElement: { heading: { tag: "h2", body: "x", anchor: "sl-0-c" } } }), "heading")[0]!;
  assert.is(explicit.id, "h-sl-0-c");
  const own = byRole(render({ newElement: { heading: { tag: "h2", body: "x", anchor: "intro" } } }), "heading")[0]!;
  assert.is(own.id, "intro", "an app's own anchor is kept");
});

test("a divider is a separator", () => {
  assert.is(byRole(render({ newElement: { markdown: { body: "", elementType: 5 } } }), "separator").length, 1);
});

test("a metric states its direction in words", () => {
  const root = render({ newElement: { metric: { label: "Temp", body: "21 °C", delta: "-1.5", direction: 2 } } });
  assert.ok(root.textContent!.includes("down"));
  assert.ok(root.textContent!.includes("1.5"));
});

test("an expander is a native <details> with its label as <summary>; its slot holds the children", () => {
  const closed = render({ addBlock: { expandable: { label: "More" } } }, [0, 3]);
  const details = closed.querySelector("details")!;
  assert.is(details.querySelector("summary")!.textContent!.trim(), "More");
  assert.not.ok(details.hasAttribute("open"));
  assert.ok(details.querySelector("#sl-0-3-c"));
  assert.ok(render({ addBlock: { expandable: { label: "More", expanded: true } } }).querySelector("details")!.hasAttribute("open"));
});

test("columns take their share of the row from their weight", () => {
  const row = render({ addBlock: { horizontal: { gap: "small" } } }, [0, 1]);
  assert.ok(row.querySelector("#sl-0-1-c"));
  const flex = (w: number) => render({ addBlock: { column: { weight: w } } }, [0, 1, 0]).querySelector("#sl-0-1-0-c")!.getAttribute("style");
  assert.match(flex(3)!, /flex:\s*3 1 0/);
  assert.match(flex(0.25)!, /flex:\s*0\.25 1 0/);
});

test("a container is a block whose children go into its slot", () => {
  const root = render({ addBlock: { vertical: { border: true } } }, [1, 0]);
  const w = root.firstElementChild!;
  assert.is(w.id, "sl-1-0");
  assert.ok(w.classList.contains("sl-block-vertical"));
  assert.ok(w.querySelector("#sl-1-0-c.sl-bordered"));
});

test.run();
