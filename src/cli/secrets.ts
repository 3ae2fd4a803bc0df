// The CLI's side of st.secrets: loads .sluice/secrets.toml (project, then home), sets root-level string and number
// secrets as environment variables of the server process where they are not set (as Streamlit does), and on reload
// takes back the ones it set before.
import { loadSecrets } from "../adapters/files.ts";
import { rootEnvVars } from "../script/secrets.ts";

export type Env = Record<string, string | undefined>;

/** Holds the secrets the CLI loaded and the environment variables it set from them. */
export class CliSecrets {
  values: Record<string, unknown> = {};
  private exported = new Set<string>();
  private readonly dir: string;
  private readonly env: Env;
  private readonly home: string | undefined;

  constructor(dir: string, env: Env, o: { home?: string } = {}) {
    this.dir = dir;
    this.env = env;
    this.home = o.home;
  }

  /** (Re)reads the files; returns the plain object for createApp / setSecrets. Throws ConfigError on bad TOML. */
  load(): Record<string, unknown> {
    const values = loadSecrets(this.dir, this.home === undefined ? {} : { home: this.home });
    for (const k of this.exported) delete this.env[k]; // Streamlit removes what it exported when secrets reload
    this.exported.clear();
    for (const [k, v] of Object.entries(rootEnvVars(values))) {
      if (this.env[k] !== undefined) continue; // the environment wins over the file
      this.env[k] = v;
      this.exported.add(k);
    }
    this.values = values;
    return values;
  }
}
