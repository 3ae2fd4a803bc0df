// The config loader: defaults < global file < project file < SLUICE_* env < flags, for any nesting (a schema of
// our own with a theme.sidebar table), typed checks naming option, file, line and type, warnings with the closest
// name, "env:VAR" references, and `sluice config show` as TOML that parses back with each option's source.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "smol-toml";
import { loadConfig } from "../../../src/adapters/files.ts";
import { applySettings, envName, envSettings, fileSettings, lineOf, schemaOf } from "../../../src/config-file.ts";
import { parseConfigDocs } from "../../../src/config-docs.ts";
import { defaults } from "../../../src/config.ts";
import { renderConfig } from "../../../src/cli/config-show.ts";

// A schema of our own: a nested table as [theme.sidebar] will be, a list, a number, a boolean.
const schema = {
  server: { port: 8501, headless: false, allowedHosts: [] as string[] },
  theme: { base: "light", primaryColor: "#ff4b4b", sidebar: { primaryColor: "#000000", textColor: "#111111" }, font: "sans-serif" },
};

function project(files: { global?: string; project?: string }) {
  const base = mkdtempSync(join(tmpdir(), "sluice-config-"));
  const dir = join(base, "app");
  const home = join(base, "home");
  for (const [where, text] of [[home, files.global], [dir, files.project]] as const) {
    mkdirSync(join(where, ".sluice"), { recursive: true });
    if (text !== undefined) writeFileSync(join(where, ".sluice", "config.toml"), text);
  }
  return { dir, home, file: (w: string) => join(w, ".sluice", "config.toml"), done: () => rmSync(base, { recursive: true, force: true }) };
}

const quiet = { log: false } as const;

test("precedence: defaults < global file < project file < env < flags, nested tables included, with each source", () => {
  const p = project({
    global: '[server]\nport = 1000\nheadless = true\n[theme]\nbase = "dark"\nfont = "serif"\n[theme.sidebar]\ntextColor = "#222222"\n',
    project: '[server]\nport = 2000\n\n[theme.sidebar]\nprimaryColor = "#00ff00"\n',
  });
  try {
    const env = { SLUICE_SERVER_PORT: "3000", SLUICE_THEME_SIDEBAR_PRIMARY_COLOR: "#0000ff", SLUICE_THEME_FONT: "monospace" };
    const l = loadConfig(p.dir, { home: p.home, env, flags: [["theme.sidebar.primaryColor", "#abcdef"]], defaults: schema, ...quiet });
    assert.equal(l.config, {
      server: { port: 3000, headless: true, allowedHosts: [] },
      theme: { base: "dark", primaryColor: "#ff4b4b", sidebar: { primaryColor: "#abcdef", textColor: "#222222" }, font: "monospace" },
    });
    const src = (k: string) => l.origins.get(k);
    assert.equal(src("server.port"), { source: "env", where: "SLUICE_SERVER_PORT" });
    assert.equal(src("server.headless"), { source: "global file", where: `${p.file(p.home)}:3` });
    assert.equal(src("theme.sidebar.textColor"), { source: "global file", where: `${p.file(p.home)}:8` });
    assert.equal(src("theme.sidebar.primaryColor"), { source: "flag", where: "--theme.sidebar.primaryColor" });
    assert.equal(src("theme.primaryColor"), { source: "default" });
    const noEnv = loadConfig(p.dir, { home: p.home, env: {}, defaults: schema, ...quiet });
    assert.is(noEnv.config.server.port, 2000, "the project file over the global one");
    assert.equal(noEnv.origins.get("theme.sidebar.primaryColor"), { source: "project file", where: `${p.file(p.dir)}:5` });
    assert.is(schema.server.port, 8501, "the defaults object is not changed");
  } finally {
    p.done();
  }
});

test("a wrong type names the option, the file and line, and the type expected", () => {
  const cases: [string, RegExp][] = [
    ['[server]\n\nport = "8502"\n', /config\.toml:3: server\.port must be a number, got a string \("8502"\)/],
    ["[theme.sidebar]\nprimaryColor = 5\n", /config\.toml:2: theme\.sidebar\.primaryColor must be a string, got a number/],
    ['server.headless = "yes"\n', /config\.toml:1: server\.headless must be true or false/],
    ["[server]\nallowedHosts = [1, 2]\n", /:2: server\.allowedHosts must be a list of strings, got a list/],
    ["theme = 3\n", /:1: theme is a table of options \(\[theme\]\), got a number/],
  ];
  for (const [text, message] of cases) {
    const p = project({ project: text });
    try {
      assert.throws(() => loadConfig(p.dir, { home: p.home, env: {}, defaults: schema, ...quiet }), (e: Error) => e.name === "ConfigError" && message.test(e.message) && e.message.startsWith(p.file(p.dir)));
    } finally {
      p.done();
    }
  }
  const bad = project({ project: "[server\nport = 1\n" });
  try {
    assert.throws(() => loadConfig(bad.dir, { home: bad.home, env: {}, defaults: schema, ...quiet }), /config\.toml:1:\d+: invalid TOML/);
  } finally {
    bad.done();
  }
});

test("string choices come from the type in src/config.ts: a value outside them is an error naming them", () => {
  const p = project({ project: '[client]\nshowErrorDetails = "some"\n[logger]\nlevel = "debug"\n' });
  try {
    assert.throws(() => loadConfig(p.dir, { home: p.home, env: {}, ...quiet }), /:2: client\.showErrorDetails must be one of "full", "none", got a string \("some"\)/);
    writeFileSync(p.file(p.dir), '[logger]\nlevel = "debug"\n');
    assert.is(loadConfig(p.dir, { home: p.home, env: {}, ...quiet }).config.logger.level, "debug");
    assert.throws(() => loadConfig(p.dir, { home: p.home, env: {}, flags: [["logger.level", "loud"]], ...quiet }), /--logger\.level expects one of "error", "warning", "info", "debug", got "loud"/);
  } finally {
    p.done();
  }
});

test("unknown options in a file or the environment warn with the closest name; a flag is an error", () => {
  const p = project({ project: '[server]\nprot = 9000\n[theme.sidebar]\nprimaryColour = "#fff"\n[sever]\nport = 1\n' });
  try {
    const l = loadConfig(p.dir, { home: p.home, env: { SLUICE_SERVER_PROT: "1", SLUICE_NOTHING_LIKE_IT_AT_ALL: "1", OTHER: "x" }, defaults: schema, ...quiet });
    assert.equal(l.warnings, [
      `${p.file(p.dir)}:2: unknown option server.prot (did you mean server.port?)`,
      `${p.file(p.dir)}:4: unknown option theme.sidebar.primaryColour (did you mean theme.sidebar.primaryColor?)`,
      `${p.file(p.dir)}:5: unknown option sever (did you mean server?)`,
      "unknown environment variable SLUICE_SERVER_PROT (did you mean SLUICE_SERVER_PORT (server.port)?)",
      "unknown environment variable SLUICE_NOTHING_LIKE_IT_AT_ALL",
    ]);
    assert.is(l.config.server.port, 8501);
    assert.throws(() => loadConfig(p.dir, { home: p.home, env: {}, flags: [["server.prot", "1"]], defaults: schema, ...quiet }), /Unknown option --server\.prot \(did you mean --server\.port\?\)/);
    assert.throws(() => loadConfig(p.dir, { home: p.home, env: { SLUICE_SERVER_PORT: "abc" }, defaults: schema, ...quiet }), /SLUICE_SERVER_PORT \(server\.port\) expects a number, got "abc"/);
  } finally {
    p.done();
  }
});

test("warnings are logged through the logger at logger.level", () => {
  const p = project({ project: '[server]\nprot = 1\n[logger]\nlevel = "error"\n' });
  const seen: unknown[][] = [];
  const orig = console.error;
  console.error = (...a: unknown[]) => void seen.push(a);
  try {
    loadConfig(p.dir, { home: p.home, env: {} }); // logger.level "error": no warnings shown
    writeFileSync(p.file(p.dir), "[server]\nprot = 1\n");
    loadConfig(p.dir, { home: p.home, env: {} });
  } finally {
    console.error = orig;
    p.done();
  }
  assert.is(seen.length, 1);
  assert.match(String(seen[0]![0]), /^sluice: warning: .*unknown option server\.prot \(did you mean server\.port\?\)/);
});

test('"env:VAR" reads the environment variable VAR, typed like the option; an unset VAR warns and keeps the lower value', () => {
  const p = project({ global: "[server]\nport = 1111\n", project: '[server]\nport = "env:MY_PORT"\nallowedHosts = "env:HOSTS"\n[theme]\nbase = "env:NOT_SET"\n' });
  try {
    const l = loadConfig(p.dir, { home: p.home, env: { MY_PORT: "4321", HOSTS: "a.test, b.test" }, defaults: schema, ...quiet });
    assert.is(l.config.server.port, 4321);
    assert.equal(l.config.server.allowedHosts, ["a.test", "b.test"]);
    assert.equal(l.origins.get("server.port"), { source: "project file", where: `${p.file(p.dir)}:2 (env:MY_PORT)` });
    assert.is(l.config.theme.base, "light");
    assert.match(l.warnings[0]!, /:5: theme\.base = "env:NOT_SET", but NOT_SET is not set/);
    const unset = loadConfig(p.dir, { home: p.home, env: { HOSTS: "" }, defaults: schema, ...quiet });
    assert.is(unset.config.server.port, 1111, "the global file's value stays");
    assert.throws(() => loadConfig(p.dir, { home: p.home, env: { MY_PORT: "high" }, defaults: schema, ...quiet }), /server\.port = "env:MY_PORT": MY_PORT must be a number/);
  } finally {
    p.done();
  }
});

test("an option without a default (undefined) takes a string; config show marks it not set until one is given", () => {
  const open = { theme: { base: "light", primaryColor: undefined as string | undefined, sidebar: { textColor: undefined as string | undefined } } };
  const p = project({ project: '[theme.sidebar]\ntextColor = "#123456"\n' });
  try {
    const l = loadConfig(p.dir, { home: p.home, env: { SLUICE_THEME_PRIMARY_COLOR: "#abcdef" }, defaults: open, ...quiet });
    assert.equal(l.config.theme, { base: "light", primaryColor: "#abcdef", sidebar: { textColor: "#123456" } });
    const bare = loadConfig(p.dir, { home: p.home, env: {}, defaults: open, ...quiet });
    const text = renderConfig(bare);
    assert.match(text, /# Source: default\n# primaryColor is not set/);
    assert.equal(JSON.parse(JSON.stringify(parse(text))), { theme: { base: "light", sidebar: { textColor: "#123456" } } });
    writeFileSync(p.file(p.dir), "[theme]\nprimaryColor = 1\n");
    assert.throws(() => loadConfig(p.dir, { home: p.home, env: {}, defaults: open, ...quiet }), /:2: theme\.primaryColor must be a string, got a number/);
  } finally {
    p.done();
  }
});

test("doc lines, choices and kinds come from the declared types, through named interfaces (a theme section's shape)", () => {
  const source = `
export interface Config {
  server: {
    /** Port. Default 8501. */
    port: number;
  };
  /** The theme. */
  theme: ThemeConfig;
}
export interface ThemeConfig {
  /** Light or dark. Default unset. */
  base?: "light" | "dark";
  /**
   * Corner radius in px, e.g. { 4 }.
   * Default unset.
   */
  baseRadius?: number;
  fonts?: string[];
  sidebar: Partial<SidebarTheme>;
}
interface SidebarTheme {
  /** Sidebar accent. Default the theme's. */
  primaryColor: string;
  showBorder: boolean | undefined;
}`;
  const docs = parseConfigDocs(source);
  assert.equal(docs.get("theme.base"), { doc: "Light or dark. Default unset.", choices: ["light", "dark"] });
  assert.equal(docs.get("theme.baseRadius"), { doc: "Corner radius in px, e.g. { 4 }. Default unset.", kind: "number" });
  assert.equal(docs.get("theme.fonts"), { kind: "list" });
  assert.equal(docs.get("theme.sidebar.primaryColor"), { doc: "Sidebar accent. Default the theme's.", kind: "string" });
  assert.equal(docs.get("theme.sidebar.showBorder"), { kind: "boolean" });
  const defaults = { server: { port: 8501 }, theme: { base: undefined, baseRadius: undefined, fonts: undefined, sidebar: { primaryColor: undefined, showBorder: undefined } } };
  const schema = schemaOf(defaults, docs);
  const warnings: string[] = [];
  const text = '[theme]\nbaseRadius = 6\nfonts = ["Inter"]\n[theme.sidebar]\nshowBorder = true\n';
  const settings = fileSettings(parse(text) as Record<string, unknown>, { text, file: "c.toml", source: "project file", schema, env: {}, warnings });
  settings.push(...envSettings({ SLUICE_THEME_BASE_RADIUS: "8", SLUICE_THEME_BASE: "dark" }, schema, warnings));
  assert.equal(applySettings(defaults, settings).config.theme, { base: "dark", baseRadius: 8, fonts: ["Inter"], sidebar: { primaryColor: undefined, showBorder: true } });
  assert.throws(() => fileSettings({ theme: { baseRadius: "6px" } }, { text: "", file: "c.toml", source: "project file", schema, env: {}, warnings }), /theme\.baseRadius must be a number, got a string/);
  assert.throws(() => envSettings({ SLUICE_THEME_BASE: "blue" }, schema, warnings), /expects one of "light", "dark", got "blue"/);
  assert.equal(warnings, []);
});

test("env names: SLUICE_ + each level in upper snake case", () => {
  assert.is(envName("server.maxBodyBytes"), "SLUICE_SERVER_MAX_BODY_BYTES");
  assert.is(envName("theme.sidebar.primaryColor"), "SLUICE_THEME_SIDEBAR_PRIMARY_COLOR");
  assert.is(lineOf('a = 1\n[x . "y"]\n  z = 2\n', "x.y.z"), 3);
});

test("every option in src/config.ts has a doc line with its default", () => {
  const docs = parseConfigDocs(readFileSync(new URL("../../../src/config.ts", import.meta.url), "utf8"));
  const l = loadConfig(mkdtempSync(join(tmpdir(), "sluice-none-")), { home: "/nonexistent", env: {}, ...quiet });
  for (const key of l.schema.keys()) assert.match(docs.get(key)?.doc ?? "", /Default/, `${key} has a doc line with its default`);
  assert.equal(docs.get("logger.level")?.choices, ["error", "warning", "info", "debug"]);
  assert.is(l.config.logger.level, "info");
  assert.equal(l.config, defaults);
});

test("config show: TOML that parses back to the resolved config, with each option's doc line and source", () => {
  const p = project({ project: "[server]\nport = 2000\n[theme.sidebar]\ntextColor = \"#333\"\n" });
  try {
    const l = loadConfig(p.dir, { home: p.home, env: { SLUICE_SERVER_HEADLESS: "true" }, flags: [["theme.font", "serif"]], defaults: schema, ...quiet });
    const text = renderConfig(l);
    assert.equal(JSON.parse(JSON.stringify(parse(text))), l.config, "valid TOML holding the resolved values");
    const block = (key: string) => text.split("\n\n").find((b) => b.trimEnd().split("\n").at(-1)!.startsWith(`${key} =`))!;
    assert.match(block("port"), new RegExp(`# Source: project file ${p.file(p.dir)}:2`));
    assert.match(block("headless"), /# Source: env SLUICE_SERVER_HEADLESS/);
    assert.match(block("font"), /# Source: flag --theme\.font/);
    assert.match(text, /\[theme\.sidebar\]\n\n(# .*\n)*# Source: default\nprimaryColor = "#000000"/);
    assert.match(text, new RegExp(`# Project file: ${p.file(p.dir)} \\(found\\)`));
    const real = renderConfig(loadConfig(p.dir, { home: p.home, env: {}, ...quiet }));
    assert.match(real, /# Port to listen on\. Default 8501\.\n# Source: project file .*:2\nport = 2000/);
  } finally {
    p.done();
  }
});

test.run();
