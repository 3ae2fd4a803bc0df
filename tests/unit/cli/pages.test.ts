// The CLI's pages/ discovery: which files are pages and in what order, st.navigation replacing the directory, and
// the module cache that reload on save clears (a page added later is seen).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pageFiles, pagesHost } from "../../../src/cli/pages.ts";

const project = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), "sluice-pages-"));
  mkdirSync(join(dir, "pages"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

test("pages/ modules in Streamlit's order; private, hidden, declaration and test files are not pages", () => {
  const dir = project({
    "app.ts": "export default () => {}",
    "pages/10_ten.ts": "", "pages/2_two.tsx": "", "pages/about.js": "", "pages/_helper.ts": "", "pages/.hidden.ts": "",
    "pages/types.d.ts": "", "pages/x.test.ts": "", "pages/notes.md": "",
  });
  try {
    assert.equal(pageFiles(join(dir, "app.ts")), ["pages/2_two.tsx", "pages/10_ten.ts", "pages/about.js"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an app that calls st.navigation gets no pages/ list, but can load page modules by path", async () => {
  const dir = project({ "app.ts": "export default async (st) => { await st.navigation([st.Page('pages/a.ts')]).run(); }", "pages/a.ts": "" });
  try {
    let loads = 0;
    const host = pagesHost(join(dir, "app.ts"), async () => (loads++, () => {}));
    assert.equal(host.pages, []);
    await host.loadModule!("pages/a.ts");
    await host.loadModule!("pages/a.ts");
    assert.is(loads, 1, "a module is loaded once");
    host.refresh(); // the folder changed (sluice run calls it on save)
    await host.loadModule!("pages/a.ts");
    assert.is(loads, 2, "and again after the folder changed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("refresh() sees a page added after start (reload on save)", () => {
  const dir = project({ "app.ts": "export default () => {}", "pages/one.ts": "" });
  try {
    const host = pagesHost(join(dir, "app.ts"), async () => () => {});
    assert.equal(host.pages!.map((p) => p.path), ["pages/one.ts"]);
    writeFileSync(join(dir, "pages", "00_first.ts"), "");
    host.refresh();
    assert.equal(host.pages!.map((p) => p.path), ["pages/00_first.ts", "pages/one.ts"]);
    assert.is(host.mainFile, "app.ts");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
