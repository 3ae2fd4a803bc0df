// Widget identity in a real browser: when elements above a widget appear or go, every widget keeps its own value,
// the browser shows what the server holds, and focus stays with the widget the user is in (issue 5 §1).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import type { St } from "../../src/index.ts";
import { axeViolations, startApp, streamsOpen, useBrowser, waitForText, watchErrors, withApp } from "./harness.ts";

const ctx = useBrowser(test);

const checked = (page: Page, names: string[]) =>
  Promise.all(names.map((n) => page.getByLabel(n, { exact: true }).isChecked()));
const shownOption = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? "");
const waitWithout = (page: Page, text: string) =>
  page.waitForFunction((t) => !document.body.innerText.includes(t), text, { timeout: 5000 });

test("a one-run caption above checkboxes never moves a tick to another checkbox", async () => {
  const app = (st: St) => {
    st.sessionState.changed ??= [];
    if (st.button("Show a note")) st.caption("A note for one run.");
    const names = ["Alpha", "Beta", "Gamma"];
    const on = names.filter((name) => st.checkbox(name, { onChange: () => st.sessionState.changed.push(name) }));
    st.write(`Checked: ${on.join(", ") || "none"}`);
    st.write(`Changed: ${st.sessionState.changed.join(", ") || "none"}`);
  };
  await withApp(ctx.browser, app, async (page) => {
    const errors = watchErrors(page);
    await page.getByRole("button", { name: "Show a note" }).click();
    await waitForText(page, "A note for one run.");
    await page.getByLabel("Beta", { exact: true }).check();
    await waitForText(page, "Checked: Beta");
    await waitWithout(page, "A note for one run.");
    assert.equal(await checked(page, ["Alpha", "Beta", "Gamma"]), [false, true, false], "the browser shows what the server has");
    await page.getByLabel("Alpha", { exact: true }).check();
    await waitForText(page, "Checked: Alpha, Beta");
    assert.ok(await page.getByText("Changed: Beta, Alpha").isVisible(), "Gamma's onChange never fired");
    assert.equal(await checked(page, ["Alpha", "Beta", "Gamma"]), [true, true, false]);
    assert.equal(errors, []);
  });
});

test("an optional warning above two keyed selectboxes leaves each showing its own value", () =>
  withApp(ctx.browser, "todo", async (page) => {
    await page.getByLabel("Fruit", { exact: true }).selectOption("banana");
    await waitForText(page, "Picked: banana, red");
    await page.getByLabel("Colour", { exact: true }).selectOption("blue");
    await waitForText(page, "Picked: banana, blue");
    await page.getByLabel("Show a warning").check();
    await waitForText(page, "Deleted tasks cannot be restored.");
    assert.equal([await shownOption(page, "Fruit"), await shownOption(page, "Colour")], ["banana", "blue"], "warning on");
    await page.getByLabel("Show a warning").uncheck();
    await waitWithout(page, "Deleted tasks cannot be restored.");
    assert.equal([await shownOption(page, "Fruit"), await shownOption(page, "Colour")], ["banana", "blue"], "warning off");
    await page.getByLabel("Buy milk", { exact: true }).check(); // the next, unrelated post
    await waitForText(page, "Done: Buy milk");
    assert.ok(await page.getByText("Picked: banana, blue").isVisible(), "the next post sent the server's values");
  }));

test("deleting a row of keyed widgets leaves every row below with its own value", () =>
  withApp(ctx.browser, "todo", async (page) => {
    const names = ["Water the plants", "Call the bank", "Book the dentist"];
    await page.getByLabel("Water the plants", { exact: true }).check();
    await waitForText(page, "Done: Water the plants");
    await page.getByLabel("Book the dentist", { exact: true }).check();
    await waitForText(page, "Done: Water the plants, Book the dentist");
    await page.getByRole("button", { name: "Delete “Buy milk”" }).click();
    await waitWithout(page, "Buy milk");
    assert.equal(await checked(page, names), [true, false, true], "after deleting the first row");
    await page.getByRole("button", { name: "Delete “Water the plants”" }).click();
    await waitWithout(page, "Water the plants");
    assert.equal(await checked(page, names.slice(1)), [false, true], "after deleting a checked row");
    await page.getByLabel("Call the bank", { exact: true }).check();
    await waitForText(page, "Done: Call the bank, Book the dentist");
    assert.equal(await checked(page, names.slice(1)), [true, true]);
    assert.equal(await axeViolations(page), [], "the to-do example stays accessible after rows went");
  }));

test("adding a task clears the field (set by the app) and the new row starts unticked", () =>
  withApp(ctx.browser, "todo", async (page) => {
    await page.getByLabel("Book the dentist", { exact: true }).check();
    await waitForText(page, "Done: Book the dentist");
    await page.getByLabel("New task", { exact: true }).fill("Buy bread");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByLabel("Buy bread", { exact: true }).waitFor();
    assert.is(await page.getByLabel("New task", { exact: true }).inputValue(), "");
    assert.equal(await checked(page, ["Book the dentist", "Buy bread"]), [true, false]);
  }));

const rangeApp = (st: St) => {
  const [lo, hi] = st.slider("Price range", { minValue: 0, maxValue: 1000, value: [200, 800], step: 50 });
  st.write(`Range: ${lo}–${hi}`);
  st.write(`Unrelated: ${st.checkbox("Unrelated")}`);
};
const thumbs = (page: Page) =>
  Promise.all(["Minimum", "Maximum"].map(async (l) => Number(await page.getByLabel(l, { exact: true }).inputValue())));

test("range slider: End on Minimum never shows crossed thumbs, and the browser shows what the app uses", () =>
  withApp(ctx.browser, rangeApp, async (page) => {
    await page.getByLabel("Minimum", { exact: true }).focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() => !document.body.innerText.includes("Range: 200–800"));
    const [lo, hi] = await thumbs(page);
    assert.ok(lo! <= hi!, `thumbs crossed: ${lo}/${hi}`);
    await waitForText(page, `Range: ${lo}–${hi}`);
    await page.getByLabel("Unrelated", { exact: true }).check();
    await waitForText(page, "Unrelated: true");
    assert.ok(await page.getByText(`Range: ${lo}–${hi}`).isVisible(), "the next unrelated post keeps the range");
  }));

test("range slider: a value the server corrects is shown, also in the focused thumb", () =>
  withApp(ctx.browser, rangeApp, async (page) => {
    // A crossed pair reaches the server (as without scripts); it sorts it, and the focused thumb must follow.
    await page.getByLabel("Minimum", { exact: true }).evaluate((el: HTMLInputElement) => {
      el.focus();
      el.value = "1000";
      el.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await waitForText(page, "Range: 800–1000");
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === "800", null, { timeout: 5000 }).catch(() => {});
    assert.equal(await thumbs(page), [800, 1000]);
    assert.is(await page.evaluate(() => document.activeElement?.getAttribute("type")), "range", "focus stays on the thumb");
  }));

test("a widget the user is typing in keeps focus, caret and text when an element appears above it", async () => {
  let note = false;
  const fn = (st: St) => {
    if (note) st.caption("A note from the server.");
    st.write(`Hello ${st.textInput("Name", { key: "name" }) || "nobody"}`);
    st.checkbox("Subscribe");
  };
  const app = await startApp(fn, { server: { runOnSave: true } });
  const page = await ctx.browser.newPage();
  try {
    await page.goto(app.url);
    await streamsOpen(app.server);
    const input = page.getByLabel("Name", { exact: true });
    await input.click();
    await page.keyboard.type("Grace Hopper");
    await input.evaluate((el: HTMLInputElement) => el.setSelectionRange(5, 5));
    note = true; // the input moves down one place while the user is typing in it
    app.server.reload(fn);
    await waitForText(page, "A note from the server.");
    const state = await input.evaluate((el: HTMLInputElement) => ({ focused: document.activeElement === el, caret: el.selectionStart, value: el.value }));
    assert.equal(state, { focused: true, caret: 5, value: "Grace Hopper" });
    assert.is(await page.getByLabel("Subscribe").isChecked(), false);
    assert.ok(await page.getByText("Hello nobody").isVisible(), "moving the input did not commit the edit");
    await page.keyboard.type(" B.");
    await page.keyboard.press("Tab"); // leaving the field commits it, as always
    await waitForText(page, "Hello Grace B. Hopper");
  } finally {
    await page.close();
    await app.close();
  }
});

test("text typed while the server answers a commit is kept: the server took what was sent", () => {
  const app = async (st: St) => {
    await new Promise((r) => setTimeout(r, 400)); // the answer comes after the user has typed on
    const note = st.textInput("Note", { key: "note" });
    st.write(`Saved: ${note || "nothing"}`);
  };
  return withApp(ctx.browser, app, async (page) => {
    await waitForText(page, "Saved: nothing");
    const input = page.getByLabel("Note", { exact: true });
    await input.click();
    await page.keyboard.type("abc");
    await page.keyboard.press("Enter");
    await page.keyboard.type("de");
    await waitForText(page, "Saved: abc");
    assert.equal(await input.evaluate((el: HTMLInputElement) => [el.value, document.activeElement === el]), ["abcde", true]);
  });
});

test("a full refresh (the log no longer reaches back) shows the server's values where widgets moved", async () => {
  let changed = false;
  const fn = async (st: St) => {
    if (changed) {
      st.caption("The app changed while the tab was away.");
      await new Promise((r) => setTimeout(r, 5)); // several events, more than the log keeps
      st.sessionState.beta = false;
    }
    for (const name of ["Alpha", "Beta", "Gamma"]) st.checkbox(name, { key: name.toLowerCase() });
  };
  await withApp(
    ctx.browser,
    fn,
    async (page, app) => {
      await streamsOpen(app.server);
      await page.getByLabel("Alpha", { exact: true }).check();
      await page.getByLabel("Beta", { exact: true }).check();
      await page.waitForFunction(() => [...document.querySelectorAll("input[type=checkbox]")].filter((c) => (c as HTMLInputElement).defaultChecked).length === 2);
      const [session] = [...app.server.sessions.all()];
      session!.dropStream();
      changed = true;
      app.server.reload(fn);
      await waitForText(page, "The app changed while the tab was away.", 8000);
      await page.waitForFunction(() => document.querySelectorAll("input[type=checkbox]").length === 3);
      assert.equal(await checked(page, ["Alpha", "Beta", "Gamma"]), [true, false, false]);
    },
    { config: { server: { runOnSave: true, eventLogSize: 1 } } },
  );
});

test("answers to older posts still in flight do not pull a fast-moving slider back", () => {
  const app = async (st: St) => {
    const n = st.slider("Level", { minValue: 0, maxValue: 100, value: 50 });
    await new Promise((r) => setTimeout(r, 40)); // each answer comes while the user presses on
    st.write(`Level is ${n}`);
  };
  return withApp(ctx.browser, app, async (page) => {
    const slider = page.getByLabel("Level", { exact: true });
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight", { delay: 15 });
    await waitForText(page, "Level is 56");
    assert.is(await slider.inputValue(), "56");
  });
});

test("a value the app sets through session state is shown, also when the page already had it", () => {
  const app = (st: St) => {
    st.sessionState.log ??= [];
    const clear = () => {
      st.sessionState.log.push(st.sessionState.command);
      st.sessionState.command = "";
    };
    st.textInput("Command", { key: "command", onChange: clear });
    st.write(`Log: ${st.sessionState.log.join(", ") || "empty"}`);
  };
  return withApp(ctx.browser, app, async (page) => {
    const input = page.getByLabel("Command", { exact: true });
    for (const [typed, log] of [["ls", "Log: ls"], ["pwd", "Log: ls, pwd"]] as const) {
      await input.fill(typed);
      await input.press("Tab");
      await waitForText(page, log);
      await page.waitForFunction(() => (document.querySelector("input[type=text]") as HTMLInputElement).value === "", null, { timeout: 5000 });
    }
  });
});

test.run();
