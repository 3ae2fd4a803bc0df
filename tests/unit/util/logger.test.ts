// The server's logger: logger.level decides which messages show (error < warning < info < debug), each "sluice: …".
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createLogger, LOG_LEVELS } from "../../../src/util/logger.ts";

function capture(fn: () => void): string[] {
  const lines: string[] = [];
  const [err, log] = [console.error, console.log];
  console.error = (...a: unknown[]) => void lines.push(`err ${a.join(" ")}`);
  console.log = (...a: unknown[]) => void lines.push(`out ${a.join(" ")}`);
  try {
    fn();
  } finally {
    [console.error, console.log] = [err, log];
  }
  return lines;
}

const all = (level: (typeof LOG_LEVELS)[number]) =>
  capture(() => {
    const log = createLogger(level);
    log.error("e");
    log.warning("w");
    log.info("i");
    log.debug("d");
  });

test("each level shows itself and the more severe ones; errors and warnings go to stderr", () => {
  assert.equal(all("error"), ["err sluice: e"]);
  assert.equal(all("warning"), ["err sluice: e", "err sluice: warning: w"]);
  assert.equal(all("info"), ["err sluice: e", "err sluice: warning: w", "out sluice: i"]);
  assert.equal(all("debug"), ["err sluice: e", "err sluice: warning: w", "out sluice: i", "out sluice: debug: d"]);
  assert.equal(all("loud" as "info"), all("info"), "an unknown level is info");
});

test("detail arguments (an Error with its stack) are passed on", () => {
  const error = new Error("boom");
  const seen: unknown[][] = [];
  const orig = console.error;
  console.error = (...a: unknown[]) => void seen.push(a);
  try {
    createLogger().error("the app raised", error);
  } finally {
    console.error = orig;
  }
  assert.equal(seen, [["sluice: the app raised", error]]);
});

test.run();
