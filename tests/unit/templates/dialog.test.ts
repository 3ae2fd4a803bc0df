// The dialog and fragment block templates: a <dialog> named by its heading, with a Close submit button named by its
// close control (none when it may not be dismissed); a fragment's block says when it has a timer.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { render } from "../helpers.ts";

test("a dialog is a <dialog> labelled by its focusable heading, with a Close submit button", () => {
  const root = render({ addBlock: { dialog: { title: "Delete <b>item</b>?", dismissible: true, width: "medium", isOpen: true, closeId: "$$ID-abc-None" } } }, [0, 3]);
  const dialog = root.querySelector("dialog")!;
  assert.ok(dialog.hasAttribute("data-sl-dialog"));
  assert.ok(dialog.hasAttribute("data-dismissible"));
  assert.ok(dialog.classList.contains("sl-dialog-medium"));
  assert.is(dialog.hasAttribute("open"), false, "the glue opens it modally; without scripts CSS shows it in place");
  const heading = root.querySelector("#" + dialog.getAttribute("aria-labelledby"))!;
  assert.is(heading.tagName, "H2");
  assert.is(heading.textContent, "Delete <b>item</b>?", "escaped");
  assert.is(heading.getAttribute("tabindex"), "-1");
  const close = dialog.querySelector("button.sl-dialog-close")!;
  assert.equal([close.getAttribute("type"), close.getAttribute("name"), close.getAttribute("value"), close.textContent], ["submit", "$$ID-abc-None", "1", "Close"]);
  assert.ok(dialog.querySelector("#sl-0-3-c"), "children go into its body");
});

test("a dialog that may not be dismissed has no Close button", () => {
  const root = render({ addBlock: { dialog: { title: "Wait", dismissible: false, closeId: "" } } });
  assert.is(root.querySelector("button"), null);
  assert.not.ok(root.querySelector("dialog")!.hasAttribute("data-dismissible"));
});

test("a fragment's block with a timer carries data-sl-run-every; a plain container does not", () => {
  assert.is(render({ addBlock: { vertical: { runEveryMs: 5000 } } }).querySelector(".sl-container")!.getAttribute("data-sl-run-every"), "5000");
  assert.is(render({ addBlock: { vertical: {} } }).querySelector("[data-sl-run-every]"), null);
});

test.run();
