// createApp({ secrets }): st.secrets in the app; setSecrets (secrets.toml edited under `sluice run`) applies on the
// next run; no secret value reaches the page, even when the app writes st.secrets or hits a missing key.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/index.ts";
import { httpTest, openPage, parseSse, rerun } from "./harness.ts";

const app = (st: St) => {
  st.button("Again");
  st.text(`user=${st.secrets.db.user}`);
  st.write(st.secrets);
  if (st.secrets.has("missing")) st.text("never");
  else st.text(String(st.secrets.db.nothere));
};

httpTest("st.secrets comes from createApp({ secrets }); values never reach the page; setSecrets applies on the next run", () => ({ app, secrets: { db: { user: "ada", password: "hunter2-PASS" }, token: "tok-SECRET" } }), async (c) => {
  const origError = console.error;
  console.error = () => {}; // the missing key is an app error, logged to the terminal
  try {
    const res = await c.request("/");
    const html = await res.text();
    const page = await openPage(c);
    const text = page.doc.body.textContent ?? "";
    assert.ok(text.includes("user=ada"), text);
    assert.ok(text.includes("db.nothere"), "the missing key is named");
    for (const secret of ["hunter2", "tok-SECRET"]) assert.not.ok(html.includes(secret), `${secret} in the page`);
    c.server.setSecrets({ db: { user: "grace", password: "x" } });
    const again = await rerun(c, page, [[page.nameOf("Again"), "1"]], { last: page.lastEventId });
    const events = parseSse(await again.text()).map((e) => e.data).join("");
    assert.ok(events.includes("user=grace"), "the next run reads the new secrets");
  } finally {
    console.error = origError;
  }
});

test.run();
