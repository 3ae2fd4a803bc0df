// The Graphviz SVG sanitiser: only allowed elements and attributes survive; links keep only safe URLs.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "../helpers.ts";
import { safeHref, sanitizeSvg } from "../../../src/geo/svg-sanitize.ts";

const svg = (inner: string) => `<?xml version="1.0"?><!DOCTYPE svg><svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
const hrefs = (html: string) => [...parse(html).querySelectorAll("a")].map((a) => a.getAttribute("href") ?? a.getAttribute("xlink:href"));

test("keeps the drawing: shapes, text, titles, attributes", () => {
  const out = sanitizeSvg(svg('<g id="node1" class="node"><title>a&#45;&gt;b</title><ellipse fill="none" stroke="black" cx="1" cy="2" rx="3" ry="4"/><text x="1" y="2" font-family="Times,serif">A &amp; B</text></g>'));
  const root = parse(out);
  assert.is(root.querySelector("ellipse")!.getAttribute("rx"), "3");
  assert.is(root.querySelector("text")!.textContent, "A & B");
  assert.is(root.querySelector("title")!.textContent, "a->b");
  assert.is(root.querySelector("g")!.getAttribute("class"), "node");
  assert.is(root.querySelector("g")!.getAttribute("id"), null, "Graphviz's ids would repeat across graphs");
  assert.not.ok(out.includes("<?xml") || out.includes("DOCTYPE"));
});

test("javascript: and other schemes are removed from links, however they are spelled", () => {
  for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)", "java\u0000script:x", "data:text/html,<script>x</script>", "vbscript:x", "//evil.example/x"]) {
    const out = sanitizeSvg(svg(`<a xlink:href="${bad.replace(/"/g, "&quot;")}"><text>x</text></a>`));
    assert.equal(hrefs(out), [null], `${bad} → ${out}`);
    assert.not.ok(/javascript|vbscript|data:/i.test(out), out);
  }
});

test("http(s), mailto, fragments and relative links stay; a link's tooltip becomes a <title>", () => {
  const out = sanitizeSvg(svg('<a xlink:href="https://example.com/?a=1&amp;b=2" xlink:title="Go &lt;there&gt;" target="_blank"><text>x</text></a><a href="mailto:a@b.c"/><a href="#n1"/><a href="docs/page"/>'));
  assert.equal(hrefs(out), ["https://example.com/?a=1&b=2", "mailto:a@b.c", "#n1", "docs/page"]);
  const a = parse(out).querySelector("a")!;
  assert.is(a.querySelector("title")!.textContent, "Go <there>");
  assert.is(a.getAttribute("target"), "_blank");
});

test("script, style, foreignObject, image and unknown elements go with their content", () => {
  const out = sanitizeSvg(svg('<script>alert(1)</script><style>*{}</style><foreignObject><div onclick="x">html</div></foreignObject><image href="https://x/y.png"/><set attributeName="onmouseover" to="alert(1)"/><animate href="#x" attributeName="href" to="javascript:alert(1)"/><g><text>kept</text></g>'));
  const root = parse(out);
  for (const tag of ["script", "style", "foreignObject", "image", "set", "animate", "div"]) assert.is(root.querySelector(tag), null, tag);
  assert.not.ok(/alert|html|\*\{\}/.test(out), out);
  assert.is(root.querySelector("text")!.textContent, "kept");
});

test("event handlers, style attributes and external paint are dropped", () => {
  const out = sanitizeSvg(svg('<g onload="alert(1)" onmouseover="alert(2)" style="background:url(https://x)"><path d="M0,0" fill="url(https://evil/x.svg#p)" stroke="url(#l_0)"/></g>'));
  const root = parse(out);
  const g = root.querySelector("g")!;
  assert.equal([...g.attributes].map((a) => a.name), []);
  assert.is(root.querySelector("path")!.getAttribute("fill"), null);
  assert.is(root.querySelector("path")!.getAttribute("stroke"), "url(#l_0)");
});

test("text cannot break out: markup in text and attributes is escaped again", () => {
  const out = sanitizeSvg(svg('<text>&lt;script&gt;alert(1)&lt;/script&gt;</text><title><![CDATA[<img src=x onerror=alert(1)>]]></title><text font-family="&quot;&gt;&lt;script&gt;">y</text>'));
  const root = parse(out);
  assert.is(root.querySelector("script"), null);
  assert.is(root.querySelector("img"), null);
  assert.is(root.querySelector("text")!.textContent, "<script>alert(1)</script>");
  assert.is(root.querySelectorAll("text")[1]!.getAttribute("font-family"), '"><script>');
});

test("unclosed and stray closing tags leave well-formed output", () => {
  const out = sanitizeSvg('<svg><g><script>x</g></svg></g>');
  assert.is(out, "<svg><g></g></svg>");
});

test("safeHref", () => {
  assert.is(safeHref("https://a.b"), "https://a.b");
  assert.is(safeHref("java\nscript:x"), null);
  assert.is(safeHref("/\\evil"), null);
  assert.is(safeHref("page#x"), "page#x");
});

test.run();
