// AppTest and multipage apps: fromFile finds pages/ beside the app, at.switchPage, at.queryParams (set before a
// run, read after), session state across pages, widgets of the page left cleaned up, st.switchPage and its errors.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/index.ts";

test("fromFile of examples/multipage/app.ts finds its pages/: the app is home, each module a page", async () => {
  const at = await AppTest.fromFile("examples/multipage/app.ts").run();
  assert.is(at.exception.length, 0);
  assert.is(at.title[0]!.value, "Multipage demo");
  const nav = at.messages.find((m) => m.navigation)!.navigation!;
  assert.equal(nav.appPages!.map((p) => [p.pageName, p.urlPathname]), [["app", ""], ["dashboard", "dashboard"], ["settings", "settings"], ["about", "about"]]);
  await at.switchPage("pages/03_about.ts").run();
  assert.is(at.title[0]!.value, "About");
  assert.equal(at.page, { title: "about", urlPath: "about", notFound: "" });
});

test("queryParams set before a run make a deep link; the app's writes are read after", async () => {
  const at = AppTest.fromFile("examples/multipage/app.ts");
  at.switchPage("pages/01_dashboard.ts");
  at.queryParams.tab = "Costs";
  await at.run();
  assert.is(at.radio[0]!.value, "Costs");
  assert.is(at.metric[0]!.label, "Costs");
  at.radio[0]!.setValue("Margin");
  await at.run();
  assert.equal(at.queryParams.toDict(), { tab: "Margin" });
  assert.ok(at.messages.some((m) => m.pageInfoChanged?.queryString === "tab=Margin"), "the write is sent as page_info_changed");
});

test("session state survives a page change; the form page's saved name shows on home", async () => {
  const at = AppTest.fromFile("examples/multipage/app.ts");
  await at.switchPage("pages/02_settings.ts").run();
  at.textInput[0]!.input("Grace");
  at.formSubmitButton[0]!.click();
  await at.run();
  assert.is(at.sessionState.name, "Grace");
  await at.switchPage("app.ts").run();
  assert.ok(at.markdown.some((m) => String(m.value).includes("Welcome back, Grace")));
});

test("st.switchPage ends the run, runs the target page and clears the query", async () => {
  const at = AppTest.fromFile("examples/multipage/app.ts");
  at.queryParams.x = "1";
  await at.switchPage("pages/02_settings.ts").run();
  at.button.find((b) => b.label === "Back to the dashboard")!.click();
  await at.run();
  assert.is(at.title[0]!.value, "Dashboard");
  assert.equal(at.queryParams.toDict(), { tab: "Sales" });
});

test("a widget of the page left is cleaned up; the same label on two pages is two widgets", async () => {
  const one = (st: St) => st.textInput("Name");
  const two = (st: St) => st.textInput("Name");
  const at = AppTest.fromFunction(async (st: St) => {
    await st.navigation([st.Page(one, { title: "One" }), st.Page(two, { title: "Two" })]).run();
  });
  await at.run();
  const first = at.textInput[0]!.id;
  at.textInput[0]!.input("kept?");
  await at.run();
  await at.switchPage("two").run();
  assert.is.not(at.textInput[0]!.id, first, "a page's widgets are its own");
  assert.is(at.textInput[0]!.value, "");
  assert.ok(!at.state.registry.has(first), "the page left's widget is gone");
  await at.switchPage("one").run();
  assert.is(at.textInput[0]!.value, "", "its value was dropped with it (Streamlit's cleanup)");
});

test("a page's keyed widget value survives other pages when the app keeps its key (st.sessionState.k = st.sessionState.k)", async () => {
  const one = (st: St) => st.textInput("Name", { key: "name" });
  const two = (st: St) => st.text("elsewhere");
  const app = (keep: boolean) => async (st: St) => {
    if (keep && st.sessionState.name !== undefined) st.sessionState.name = st.sessionState.name;
    await st.navigation([st.Page(one, { title: "One" }), st.Page(two, { title: "Two" })]).run();
  };
  for (const keep of [true, false]) {
    const at = AppTest.fromFunction(app(keep));
    await at.run();
    at.textInput[0]!.input("Ada");
    await at.run();
    await at.switchPage("two").run();
    assert.is(at.sessionState.name, keep ? "Ada" : undefined);
    await at.switchPage("one").run();
    assert.is(at.textInput[0]!.value, keep ? "Ada" : "", keep ? "kept by the app" : "dropped with its widget");
  }
});

test("an unknown page: the default runs, page_not_found is sent; switchPage to an unknown page is an error in place", async () => {
  const at = AppTest.fromFunction(async (st: St) => {
    const home = st.Page(function home(s: St) {
      s.title("Home");
      if (s.button("Nowhere")) s.switchPage("pages/missing.ts");
    });
    await st.navigation([home, st.Page(function other(s: St) { s.title("Other"); })]).run();
  });
  await at.switchPage("nope").run();
  assert.is(at.title[0]!.value, "Home");
  assert.ok(at.messages.some((m) => m.pageNotFound?.pageName === "nope"));
  assert.is(at.page!.notFound, "nope");
  at.button[0]!.click();
  await at.run();
  assert.match(at.exception[0]!.message, /Could not find page: `pages\/missing.ts`/);
  assert.match(at.exception[0]!.message, /"other"/, "names the pages there are");
});

test("a one-page app asked for a path it does not have reports it once and runs", async () => {
  const at = AppTest.fromFunction((st: St) => st.title("Only page"));
  await at.switchPage("elsewhere").run();
  assert.is(at.title[0]!.value, "Only page");
  assert.ok(at.messages.some((m) => m.pageNotFound?.pageName === "elsewhere"));
  await at.run();
  assert.not.ok(at.messages.some((m) => m.pageNotFound), "not again on the next run");
});

test("the st.navigation variant: sections, top position, module pages by path", async () => {
  const at = await AppTest.fromFile("examples/multipage/navigation.ts").run();
  const nav = at.messages.find((m) => m.navigation)!.navigation!;
  assert.equal(nav.sections, ["Reports", "Account"]);
  assert.is(nav.position, 2);
  assert.equal(nav.appPages!.map((p) => p.sectionHeader), ["", "Reports", "Reports", "Account"]);
  await at.switchPage("settings").run();
  assert.is(at.title[0]!.value, "Settings");
});

test.run();
