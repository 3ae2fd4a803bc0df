// Every Element oneof member has its builder (src/elements/<kind>.ts), its template (templates/elements/<kind>.tsx)
// and an entry in elementTemplates: adding a kind means touching all three.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { elementTemplates } from "../../../templates/registry.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const proto = readFileSync(root + "proto/element.proto", "utf8");

/** The members of `message Element { oneof type { … } }` as [snake_name, field number]. */
function oneofMembers(source: string): string[] {
  const body = /message\s+Element\s*\{\s*oneof\s+type\s*\{([^}]*)\}/.exec(source)?.[1] ?? "";
  return [...body.matchAll(/^\s*\w+\s+(\w+)\s*=\s*\d+\s*;/gm)].map((m) => m[1]!);
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const members = oneofMembers(proto);

test("the Element oneof is parsed", () => {
  assert.ok(members.length >= 18, `found only ${members.length} members`);
  for (const m of ["text", "slider", "text_input", "number_input", "markdown"]) assert.ok(members.includes(m), m);
});

test("every oneof member has a builder file", () => {
  const missing = members.filter((m) => !existsSync(`${root}src/elements/${m}.ts`));
  assert.equal(missing, [], `missing src/elements/<kind>.ts for: ${missing.join(", ")}`);
});

test("every oneof member has a template file", () => {
  const missing = members.filter((m) => !existsSync(`${root}templates/elements/${m}.tsx`));
  assert.equal(missing, [], `missing templates/elements/<kind>.tsx for: ${missing.join(", ")}`);
});

test("every oneof member is registered in elementTemplates (camelCase)", () => {
  const missing = members.filter((m) => typeof elementTemplates[camel(m)] !== "function");
  assert.equal(missing, [], `elementTemplates lacks: ${missing.map(camel).join(", ")}`);
});

test("elementTemplates has no key without a oneof member", () => {
  const known = new Set(members.map(camel));
  const extra = Object.keys(elementTemplates).filter((k) => !known.has(k));
  assert.equal(extra, []);
});

test.run();
