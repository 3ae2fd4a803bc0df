// Templates of tabs, popover, containers and the status elements, parsed and queried (never compared as strings).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/index.ts";
import { snapshot } from "../../../src/diff/diff.ts";
import { renderRoots } from "../../../templates/tree.tsx";
import { byRole, newTree, parse, render, run, text } from "../helpers.ts";
import { renderPatches } from "../../../templates/fragments.tsx";

/** Runs an app and parses what each root shows. */
async function page(app: (st: St) => unknown): Promise<{ main: HTMLElement; events: HTMLElement }> {
  const at = await AppTest.fromFunction(app).run();
  const roots = renderRoots(snapshot(at.tree));
  return { main: parse(roots["0"]!), events: parse(roots["2"]!) };
}

test("tabs: a tablist of tab buttons, each controlling a panel labelled by it; the default selected", async () => {
  const { main } = await page((st) => {
    const [a, b, c] = st.tabs(["One", "Two", "Three"], { default: "Two" });
    a!.text("1");
    b!.text("2");
    c!.text("3");
  });
  const [list] = byRole(main, "tablist");
  assert.ok(list);
  const tabs = byRole(list!, "tab");
  assert.equal(tabs.map((t) => t.textContent), ["One", "Two", "Three"]);
  assert.equal(tabs.map((t) => t.getAttribute("aria-selected")), ["false", "true", "false"]);
  assert.equal(tabs.map((t) => t.getAttribute("tabindex")), ["-1", "0", "-1"]);
  assert.ok(tabs.every((t) => t.getAttribute("type") === "button"), "tabs never submit the form");
  const panels = byRole(main, "tabpanel");
  assert.is(panels.length, 3);
  tabs.forEach((t, i) => {
    const panel = main.querySelector("#" + t.getAttribute("aria-controls"))!;
    assert.is(panel, panels[i], "aria-controls names its panel");
    assert.is(panel.getAttribute("aria-labelledby"), t.id, "the panel is labelled by its tab");
    assert.is(panel.hasAttribute("hidden"), i !== 1);
    assert.is(panel.getAttribute("tabindex"), "0");
    assert.is(panel.textContent, String(i + 1));
  });
  // Without scripts every panel shows under a heading (nojs.css); the headings carry the labels.
  assert.equal([...main.querySelectorAll(".sl-tab-heading")].map((h) => h.textContent), ["One", "Two", "Three"]);
});

test("popover: a button with popovertarget naming a native popover that holds the children", async () => {
  const { main } = await page((st) => {
    const p = st.popover("Filters", { help: "Narrow the list" });
    p.checkbox("Only open");
  });
  const button = main.querySelector("button[popovertarget]")!;
  assert.match(button.textContent!, "Filters");
  assert.is(button.getAttribute("type"), "button");
  const pop = main.querySelector("#" + button.getAttribute("popovertarget"))!;
  assert.is(pop.getAttribute("popover"), "auto");
  assert.is(pop.getAttribute("role"), "dialog");
  assert.is(pop.getAttribute("aria-labelledby"), button.id);
  assert.ok(pop.querySelector("input[type=checkbox]"), "the children are inside the popover");
  const help = main.querySelector("#" + button.getAttribute("aria-describedby"))!;
  assert.is(help.textContent, "Narrow the list");
  const disabled = (await page((st) => void st.popover("X", { disabled: true }))).main.querySelector("button[popovertarget]")!;
  assert.ok(disabled.hasAttribute("disabled"));
});

test("container: with a height it is a focusable, labelled, scrolling group; horizontal is a row", async () => {
  const { main } = await page((st) => {
    st.container({ height: 120 }).text("tall");
    st.container({ horizontal: true }).text("a");
  });
  const [scroll, row] = [...main.querySelectorAll(".sl-container")];
  assert.is(scroll!.getAttribute("tabindex"), "0");
  assert.is(scroll!.getAttribute("role"), "group");
  assert.ok(scroll!.getAttribute("aria-label"));
  assert.match(scroll!.getAttribute("style")!, "max-height:120px");
  assert.ok(scroll!.classList.contains("sl-scroll") && scroll!.classList.contains("sl-bordered"));
  assert.ok(row!.classList.contains("sl-horizontal"));
  assert.is(row!.getAttribute("tabindex"), null);
});

test("status: an expander whose state is an icon and words; expanded follows the server", async () => {
  const { main } = await page((st) => {
    const s = st.status("Crunching");
    s.text("step");
    s.update({ label: "Failed", state: "error", expanded: true });
    st.status("Still going");
  });
  const [done, going] = [...main.querySelectorAll("details.sl-status")];
  assert.match(done!.querySelector("summary")!.textContent!, "Error: Failed");
  assert.ok(done!.hasAttribute("open"));
  assert.is(done!.getAttribute("data-open"), "1");
  assert.ok(done!.classList.contains("sl-status-error"));
  assert.is(done!.querySelector(".sl-status-icon")!.getAttribute("aria-hidden"), "true");
  assert.is(done!.querySelector(".sl-expander-body")!.textContent, "step");
  assert.match(going!.querySelector("summary")!.textContent!, "Running: Still going");
  assert.not.ok(going!.hasAttribute("open"));
  // A plain expander has no state words.
  const plain = (await page((st) => void st.expander("More"))).main.querySelector("summary")!;
  assert.is(plain.textContent, "More");
});

test("progress: role=progressbar with its value, range and name", async () => {
  const { main } = await page((st) => {
    st.progress(30, { text: "Uploading" });
    st.progress(0.75);
  });
  const [a, b] = byRole(main, "progressbar");
  assert.equal([a!.getAttribute("aria-valuenow"), a!.getAttribute("aria-valuemin"), a!.getAttribute("aria-valuemax")], ["30", "0", "100"]);
  assert.is(main.querySelector("#" + a!.getAttribute("aria-labelledby"))!.textContent, "Uploading");
  assert.is(b!.getAttribute("aria-valuenow"), "75");
  assert.is(b!.getAttribute("aria-label"), "Progress");
  assert.match(b!.querySelector(".sl-progress-bar")!.getAttribute("style")!, "width:75%");
});

test("toast: role=status in the event root, with a close button that submits without scripts; duration as CSS", async () => {
  const { main, events } = await page((st) => {
    st.toast("Saved", { icon: "✅" });
    st.toast("Forever", { duration: "infinite" });
  });
  assert.is(main.textContent, "");
  const toasts = byRole(events, "status");
  assert.equal(toasts.map((t) => t.querySelector(".sl-toast-body")!.textContent), ["Saved", "Forever"]);
  const close = toasts[0]!.querySelector("button")!;
  assert.is(close.getAttribute("type"), "submit");
  assert.is(close.getAttribute("aria-label"), "Dismiss notification");
  assert.match(toasts[0]!.getAttribute("style")!, "--sl-toast-ms:4000ms");
  assert.ok(toasts[0]!.classList.contains("sl-toast-timed"));
  assert.not.ok(toasts[1]!.classList.contains("sl-toast-timed"), "infinite: never hides itself");
  assert.is(toasts[0]!.querySelector(".sl-toast-icon")!.getAttribute("aria-hidden"), "true");
});

test("balloons and snow: decorative (aria-hidden), ids numbered by the call", async () => {
  const { main } = await page((st) => {
    st.balloons();
    st.snow();
  });
  const shows = [...main.querySelectorAll(".sl-celebration")];
  assert.is(shows.length, 2);
  assert.ok(shows.every((s) => s.getAttribute("aria-hidden") === "true"));
  assert.ok(shows[0]!.classList.contains("sl-balloons") && shows[1]!.classList.contains("sl-snow"));
  assert.match(shows[0]!.id, /-s\d+$/);
  assert.ok(shows[0]!.querySelectorAll(".sl-piece").length > 10);
});

test("spinner: its text as a status, its place aria-busy", () => {
  const root = render({ newElement: { spinner: { text: "Loading data" } } });
  const busy = root.querySelector("[aria-busy=true]")!;
  assert.ok(busy);
  assert.is(busy.querySelector("[role=status]")!.textContent, "Loading data");
  assert.is(busy.querySelector(".sl-spinner-icon")!.getAttribute("aria-hidden"), "true");
});

test("a status updated after its content went out is one morph carrying the status and its content again", () => {
  const tree = newTree();
  const status = (state: string) => ({ addBlock: { expandable: { label: "Job", state } } });
  run(tree, 1, [[[0, 0], status("running")], [[0, 0, 0], text("step 1")]]); // the first event
  const later = run(tree, 1, [[[0, 0], status("complete")], [[0, 0, 0], text("step 1")]]); // update() replays the child
  const swaps = [...parse(renderPatches(later)).children];
  assert.equal(swaps.map((s) => [s.getAttribute("hx-target"), s.getAttribute("hx-swap")]), [["#sl-0-0", "outerMorph"]]);
  assert.ok(swaps[0]!.querySelector("details.sl-status-complete"));
  assert.is(swaps[0]!.querySelector("#sl-0-0-c")!.textContent, "step 1");
});

test.run();
