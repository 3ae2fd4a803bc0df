// sluice's command line: the command, its file and the flags in order (checked by the config loader), clear errors.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseArgs } from "../../../src/cli/args.ts";

test("run takes a file and --section.option flags, in order, with a space or =", () => {
  const a = parseArgs(["run", "app.ts", "--server.port", "9000", "--server.headless=true", "--client.showErrorDetails", "none", "--theme.sidebar.primaryColor=#f00", "--a.b=c=d"]);
  assert.is(a.command, "run");
  assert.is(a.file, "app.ts");
  assert.equal(a.flags, [["server.port", "9000"], ["server.headless", "true"], ["client.showErrorDetails", "none"], ["theme.sidebar.primaryColor", "#f00"], ["a.b", "c=d"]]);
});

test("config show takes flags too; config alone is a usage error", () => {
  assert.equal(parseArgs(["config", "show", "--server.port", "1"]), { command: "config", flags: [["server.port", "1"]] });
  assert.throws(() => parseArgs(["config"]), /Usage: sluice config show/);
});

test("bad input gets a clear error", () => {
  assert.throws(() => parseArgs(["run"]), /Usage: sluice run <app.ts>/);
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
