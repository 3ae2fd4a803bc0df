// st.secrets: reads .sluice/secrets.toml (run it from this folder: `cd examples/secrets && npx sluice run app.ts`).
// The demo file holds harmless values; real secrets files are never committed (see docs/secrets.md).
import type { St } from "../../src/index.ts";

export default function secrets(st: St) {
  st.title("Secrets");
  st.markdown(`**${st.secrets.get("greeting", "Hello")}** — read from \`st.secrets.greeting\`.`);
  st.markdown(`The database user is **${st.secrets.db.user}** (\`st.secrets.db.user\`, or \`st.secrets["db"]["user"]\`).`);
  st.markdown(`The password is ${st.secrets.db.password.length} characters long; it is never shown.`);
  if (st.secrets.has("connections")) st.markdown(`Connections configured: ${Object.keys(st.secrets.connections).join(", ")}.`);
  st.caption("Printing st.secrets shows its keys only:");
  st.write(st.secrets);
}
