// st.form over HTTP (htmx posts and plain no-JS posts): a post that did not press the form's submit button does
// not apply the form's values, whatever it carries; a submit applies them all; clearOnSubmit renders the defaults.
import { test } from "uvu";
import { parseHTML } from "linkedom";
import * as assert from "uvu/assert";
import type { St } from "../../src/index.ts";
import { httpTest, openPage, parsePage, parseSse, rerun, type Client, type Page } from "./harness.ts";

let seen: string[] = [];
const options = () => {
  seen = [];
  return {
    app: (st: St) => {
      const f = st.form("signup", { clearOnSubmit: true });
      const name = f.textInput("Name");
      const seats = f.numberInput("Seats", { value: 1, maxValue: 9 });
      const sent = f.formSubmitButton("Sign up");
      const other = st.textInput("Other");
      seen.push(`${name}|${seats}|${sent}|${other}`);
      st.text(`shown ${name}|${seats}|${sent}|${other}`);
    },
  };
};

/** The page after a no-JS post (following the 303 with its handoff cookie). */
async function afterNoJs(c: Client, res: Response): Promise<Page> {
  assert.is(res.status, 303);
  return parsePage(await (await c.request("/")).text());
}

httpTest("a change outside the form with forged form values does not apply them", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Name"), "forged"], [page.nameOf("Seats"), "7"], [page.nameOf("Other"), "x"]]);
  assert.is(res.status, 200);
  const html = parseSse(await res.text()).map((e) => e.data).join("");
  assert.ok(html.includes("shown |1|false|x"), html);
  assert.is(seen.at(-1), "|1|false|x");
});

httpTest("a submit applies every field of the form in one run; clearOnSubmit renders the defaults", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Name"), "Ada"], [page.nameOf("Seats"), "3"], [page.nameOf("Other"), "x"], [page.nameOf("Sign up"), "1"]]);
  const html = parseSse(await res.text()).map((e) => e.data).join("");
  assert.ok(html.includes("shown Ada|3|true|x"), html);
  assert.equal(seen.slice(1), ["Ada|3|true|x"], "one run");
  // The form's fields were re-sent showing their defaults (set by the server: data-set, so the browser takes them).
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const field = [...document.querySelectorAll(`input[name="${page.nameOf("Name")}"]`)].at(-1)!; // after the refresh a post with last=0 gets
  assert.is(field.getAttribute("value"), "");
  assert.ok(field.closest("[data-set]"));
  assert.is([...document.querySelectorAll(`input[name="${page.nameOf("Seats")}"]`)].at(-1)!.getAttribute("value"), "1");
  const after = await rerun(c, page, [[page.nameOf("Other"), "x"]]);
  await after.text();
  assert.is(seen.at(-1), "|1|false|x", "after a clearing submit the app sees the defaults");
});

httpTest("without JavaScript: Apply does not submit the form but its page keeps the typing; the form's button submits it and the page shows the cleared form", options, async (c) => {
  const page = await openPage(c);
  const name = page.nameOf("Name");
  let shown = await afterNoJs(c, await rerun(c, page, [[name, "Ada"], [page.nameOf("Other"), "y"], ["_sluice_apply", "1"]], { path: "/" }));
  assert.ok(shown.doc.body.textContent!.includes("shown |1|false|y"));
  assert.is(shown.doc.querySelector(`input[name="${name}"]`)!.getAttribute("value"), "Ada", "the page keeps the unsubmitted typing");
  assert.is(shown.doc.querySelector(`input[name="${page.nameOf("Seats")}"]`)!.getAttribute("value"), "1");
  shown = await afterNoJs(c, await rerun(c, page, [[name, "Ada"], [page.nameOf("Seats"), "2"], [page.nameOf("Other"), "y"], [page.nameOf("Sign up"), "1"]], { path: "/" }));
  assert.ok(shown.doc.body.textContent!.includes("shown Ada|2|true|y"));
  const form = shown.doc.querySelector('[role="form"]')!;
  assert.is(form.getAttribute("aria-label"), "signup");
  assert.is(form.querySelector(`input[name="${name}"]`)!.getAttribute("value"), "", "cleared after the submit");
  assert.ok(form.querySelector(`input[name="${name}"]`)!.closest("[data-set]"), "marked as set by the server");
});

httpTest("a refused value in a form is an error on its widget when the form is submitted, not before (with and without JavaScript)", options, async (c) => {
  const page = await openPage(c);
  const seats = page.nameOf("Seats");
  const quiet = await rerun(c, page, [[seats, "200"], [page.nameOf("Other"), "z"]]);
  assert.not.match(await quiet.text(), /sl-error-message/, "no error for a value the form did not submit");
  const noJs = await rerun(c, page, [[seats, "200"], ["_sluice_apply", "1"]], { path: "/" });
  assert.is(new URL(noJs.headers.get("location")!, "http://x").hash, "", "no error summary");
  await noJs.text();
  const sent = await rerun(c, page, [[seats, "200"], [page.nameOf("Sign up"), "1"]]);
  const { document } = parseHTML(`<html><body>${parseSse(await sent.text()).map((e) => e.data).join("")}</body></html>`);
  const input = [...document.querySelectorAll(`input[name="${seats}"]`)].at(-1)!;
  assert.is(input.getAttribute("aria-invalid"), "true");
  assert.match(input.closest(".sl-widget")!.querySelector(".sl-error-message")!.textContent!, /Seats/);
  const summary = await rerun(c, page, [[seats, "200"], [page.nameOf("Sign up"), "1"]], { path: "/" });
  assert.is(new URL(summary.headers.get("location")!, "http://x").hash, "#sl-error-summary");
  const shown = parsePage(await (await c.request("/")).text());
  assert.ok(shown.doc.querySelector("#sl-error-summary a"), "the summary links to the field");
});

test.run();
