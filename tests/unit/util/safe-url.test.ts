import { test } from "uvu";
import * as assert from "uvu/assert";
import { safeHref } from "../../../src/util/safe-url.ts";

test("links keep web, mail, phone, fragment, query and relative URLs", () => {
  for (const url of ["https://example.com/a?b#c", "http://x", "mailto:a@b.c", "tel:+441234", "#top", "?tab=2", "/settings", "./a", "../b", "page"]) {
    assert.is(safeHref(url), url, url);
  }
});

test("script and data URLs are refused, also when disguised with case, spaces or control characters", () => {
  for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:x", "\u0001javascript:x", "vbscript:msgbox", "data:text/html,<script>1</script>"]) {
    assert.is(safeHref(url), null, JSON.stringify(url));
  }
});

test.run();
