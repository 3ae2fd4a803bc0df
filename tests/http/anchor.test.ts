// Without JavaScript, Apply returns to the field the user changed: POST / redirects to /#<id of that control>.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { referenceApp } from "../fixtures/apps.ts";
import { httpTest, openPage, rerun, type Page } from "./harness.ts";

const options = () => ({ app: referenceApp().app });

/** Every field as the plain form would post it (its current values), with `changes` applied. */
function formOf(page: Page, changes: Record<string, string> = {}): [string, string][] {
  const out: [string, string][] = [];
  for (const el of page.doc.querySelectorAll("#sl-0-c input[name], #sl-0-c select[name]")) {
    const name = el.getAttribute("name")!;
    if (el.getAttribute("type") === "checkbox" && !el.hasAttribute("checked")) continue;
    const value = el.tagName === "SELECT" ? el.querySelector("option[selected]")?.getAttribute("value") ?? "" : el.getAttribute("value") ?? "";
    out.push([name, name in changes && el.getAttribute("type") !== "hidden" ? changes[name]! : value]);
  }
  return out;
}
const hashOf = (res: Response) => new URL(res.headers.get("location")!, "http://x").hash;

httpTest("Apply after changing a field redirects to that field's control", options, async (c) => {
  const page = await openPage(c);
  const name = page.nameOf("Your name");
  const res = await rerun(c, page, formOf(page, { [name]: "Ada" }), { path: "/" });
  assert.is(res.status, 303);
  const id = decodeURIComponent(hashOf(res).slice(1));
  const control = page.doc.getElementById(id);
  assert.ok(control, `#${id} is in the page`);
  assert.is(control!.getAttribute("name"), name, "the anchor is the changed text input");
});

httpTest("the first changed field in form order wins; a slider's anchor is its range input", options, async (c) => {
  const page = await openPage(c);
  const slider = page.nameOf("Pick a number");
  const res = await rerun(c, page, formOf(page, { [slider]: "9", [page.nameOf("Your name")]: "Bo" }), { path: "/" });
  const control = page.doc.getElementById(decodeURIComponent(hashOf(res).slice(1)))!;
  assert.is(control.getAttribute("name"), slider);
  assert.is(control.getAttribute("type"), "range");
});

httpTest("a pressed button (no id of its own) returns to its element", options, async (c) => {
  const page = await openPage(c);
  const button = page.nameOf("Press me");
  const res = await rerun(c, page, [...formOf(page), [button, "1"]], { path: "/" });
  const el = page.doc.getElementById(decodeURIComponent(hashOf(res).slice(1)))!;
  assert.ok(el.querySelector(`button[name="${button}"]`), "the element holding the button");
});

httpTest("Apply with nothing changed goes back to the top", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, formOf(page), { path: "/" });
  assert.is(res.status, 303);
  assert.is(hashOf(res), "");
});

test.run();
