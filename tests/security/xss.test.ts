// The XSS corpus through every text sink: every payload in every string field of every element and block kind
// (and the page's title and icon), rendered by its template and parsed. Nothing may come out as markup: no script
// or other active element the benign render does not have, no event-handler attribute, no
// javascript:/vbscript:/data:text/html URL, and no attribute the benign render does not have (a break-out of a
// quoted attribute).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import { Node, toHtml } from "../../templates/node.tsx";
import { HeadMeta } from "../../templates/page.tsx";
import { XSS_PAYLOADS } from "./payloads.ts";
import { kinds, messageWith, type Kind } from "./sinks.ts";

const ACTIVE = "script,iframe,frame,frameset,object,embed,applet,base,meta,link,style,template,svg,math,form,video,audio,source,marquee,noscript";
const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset"];
/** Attributes Markdown itself may produce in text sinks that render inline Markdown (links and images). */
const MARKDOWN_ATTRS = new Set(["href", "rel", "target", "src", "alt", "title", "class", "style", "id"]);

const parse = (html: string) => parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document.getElementById("root")!;

function render(kind: Kind, message: Record<string, unknown>): Element {
  // The node's message is the Element (or Block) with the kind's member set, as the tree holds it.
  return parse(toHtml(Node({ node: { path: [0, 0], delta: kind.delta, type: kind.name, message: { [kind.name]: message } } })));
}

/** How many of each active element a rendering has (a template may have its own, e.g. chat input's <noscript>). */
const activeCounts = (root: Element): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const el of root.querySelectorAll(ACTIVE)) counts.set(el.tagName.toLowerCase(), (counts.get(el.tagName.toLowerCase()) ?? 0) + 1);
  return counts;
};

/** What is wrong with a rendering, or null. */
function problem(root: Element, allowedAttrs: Set<string>, allowedActive: Map<string, number>): string | null {
  for (const [tag, n] of activeCounts(root)) if (n > (allowedActive.get(tag) ?? 0)) return `a <${tag}> element`;
  for (const el of root.querySelectorAll("*")) {
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name) || /^hx-on/i.test(name)) return `an event handler attribute ${name}`;
      if (name === "srcdoc") return "a srcdoc attribute";
      if (URL_ATTRS.includes(name) && !safeUrl(value)) return `${name}="${value}"`;
      if (!allowedAttrs.has(name)) return `an attribute ${name} the benign rendering does not have`;
    }
  }
  return null;
}

/** What a browser would follow, resolved against the page: http(s), mailto, or an image as data. */
function safeUrl(value: string): boolean {
  try {
    const url = new URL(value, "https://app.example/");
    return ["http:", "https:", "mailto:"].includes(url.protocol) || (url.protocol === "data:" && /^data:image\//i.test(url.href));
  } catch {
    return true; // not a URL a browser would follow either
  }
}

const attrsOf = (root: Element) => new Set([...root.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.name)));

const ALL = kinds();

test("every element and block kind has text sinks found from its .proto (the corpus reaches new kinds)", () => {
  assert.ok(ALL.length >= 20, `found ${ALL.length} kinds`);
  const sinks = ALL.reduce((n, k) => n + k.strings.length, 0);
  assert.ok(sinks >= 60, `found ${sinks} sinks`);
  assert.ok(XSS_PAYLOADS.length >= 80, `${XSS_PAYLOADS.length} payloads`);
});

for (const kind of ALL) {
  if (!kind.strings.length) continue;
  test(`${kind.delta} ${kind.name}: ${XSS_PAYLOADS.length} payloads × ${kind.strings.length} text fields render as text`, () => {
    const variants: Record<string, number>[] = [{}];
    for (const e of kind.enums) for (const v of e.values) if (v !== 0) variants.push({ [e.name]: v });
    let renders = 0;
    for (const enums of variants) {
      const benignRoot = render(kind, messageWith(kind, null, "plain", enums));
      const benign = attrsOf(benignRoot);
      const benignActive = activeCounts(benignRoot);
      for (const a of MARKDOWN_ATTRS) benign.add(a);
      for (const sink of kind.strings) {
        for (const payload of XSS_PAYLOADS) {
          const root = render(kind, messageWith(kind, sink.name, payload, enums));
          const p = problem(root, benign, benignActive);
          if (p) assert.unreachable(`${kind.name}.${sink.name} ${JSON.stringify(enums)} with ${JSON.stringify(payload)} rendered ${p}`);
          renders++;
        }
      }
    }
    assert.ok(renders >= XSS_PAYLOADS.length * kind.strings.length);
  });
}

test("the page's title and icon (st.setPageConfig) render as text", () => {
  for (const payload of XSS_PAYLOADS) {
    const { document } = parseHTML(`<!doctype html><html><head>${toHtml(HeadMeta({ title: payload, favicon: payload }))}</head><body></body></html>`);
    assert.is(document.querySelectorAll("script,meta,base,style").length, 0, payload);
    assert.is(document.querySelector("title")!.textContent, payload);
    const href = document.querySelector("link")!.getAttribute("href")!;
    assert.ok(safeUrl(href), `${payload} → ${href}`);
  }
});

test.run();
