// sluice's command line: flags over environment variables over defaults, with clear errors.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArgs } from "../../../src/cli/args.ts";

test("run takes a file and --section.option flags, typed like the defaults", () => {
  const a = parseArgs(["run", "app.ts", "--server.port", "9000", "--server.headless=true", "--client.showErrorDetails", "none"]);
  assert.is(a.command, "run");
  assert.is(a.file, "app.ts");
  assert.equal(a.config, { server: { port: 9000, headless: true }, client: { showErrorDetails: "none" } });
});

test("environment variables SLUICE_SECTION_OPTION apply, and flags override them", () => {
  const a = parseArgs(["hello", "--server.port", "7000"], { SLUICE_SERVER_PORT: "8000", SLUICE_SERVER_RUN_ON_SAVE: "false", OTHER: "x" });
  assert.is(a.command, "hello");
  assert.equal(a.config.server, { port: 7000, runOnSave: false });
});

test("bad input gets a clear error", () => {
  assert.throws(() => parseArgs(["run"]), /Usage: sluice run <app.ts>/);
  assert.throws(() => parseArgs(["run", "a.ts", "--server.port", "abc"]), /--server.port expects a number/);
  assert.throws(() => parseArgs(["run", "a.ts", "--server.nope", "1"]), /Unknown option --server.nope. Options: .*server.port/);
  assert.throws(() => parseArgs(["run", "a.ts", "--server.headless", "maybe"]), /expects true or false/);
  assert.throws(() => parseArgs(["run", "a.ts", "--server.port"]), /needs a value/);
});

test("no command is help", () => {
  assert.is(parseArgs([]).command, "help");
});



test("--help / -h and --version / -v win wherever they are; an unknown command is an error", () => {
  assert.is(parseArgs(["run", "app.ts", "--help"]).command, "help");
  assert.is(parseArgs(["-h"]).command, "help");
  assert.is(parseArgs(["--version"]).command, "version");
  assert.is(parseArgs(["run", "app.ts", "-v"]).command, "version");
  assert.is(parseArgs(["version"]).command, "version");
  assert.throws(() => parseArgs(["serve", "app.ts"]), /Unknown command "serve"/);
});
test.run();
