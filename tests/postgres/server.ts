// A throwaway PostgreSQL server for the tests: Debian's binaries (/usr/lib/postgresql/N/bin, or initdb on PATH),
// a temporary data dir, 127.0.0.1 on a free port, password auth (scram) for one user; as root it runs as the
// `postgres` OS user (initdb refuses root; spawned with that uid, so signals reach postgres itself). Stopped and
// deleted by stop().
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PgServer {
  port: number;
  user: string;
  password: string;
  url: string;
  startMs: number;
  stop(): Promise<void>;
}

/** The folder with initdb and postgres, or null when PostgreSQL is not installed. */
export function findPgBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, "bin/initdb"))) return join(root, v, "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const found = which.status === 0 ? which.stdout.trim() : "";
  return found ? found.replace(/\/initdb$/, "") : null;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function startPostgres(bin: string): Promise<PgServer> {
  const t0 = performance.now();
  const asRoot = process.getuid?.() === 0;
  const pgUser = asRoot ? spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }) : null;
  if (asRoot && pgUser?.status !== 0) throw new Error("running as root, but there is no `postgres` OS user to run PostgreSQL as");
  const dir = mkdtempSync(join(tmpdir(), "sluice-pg-"));
  const data = join(dir, "data");
  const user = "sluice";
  const password = "pw-" + Math.random().toString(36).slice(2);
  writeFileSync(join(dir, "pw"), password);
  const ids = asRoot ? { uid: Number(pgUser!.stdout.trim()), gid: Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim()) } : {};
  if (ids.uid !== undefined) {
    chownSync(dir, ids.uid, ids.gid!);
    chownSync(join(dir, "pw"), ids.uid, ids.gid!);
  }
  chmodSync(dir, 0o700);
  const env = { ...process.env, LC_ALL: "C" };
  const init = spawnSync(join(bin, "initdb"), ["-D", data, "-U", user, "--pwfile", join(dir, "pw"), "--auth", "scram-sha-256", "-E", "UTF8", "--no-sync", "--no-instructions", "--locale", "C"], { encoding: "utf8", env, ...ids });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(join(bin, "postgres"), ["-D", data, "-p", String(port), "-h", "127.0.0.1", "-k", dir, "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"], { stdio: ["ignore", "pipe", "pipe"], env, ...ids });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const onExit = () => child.kill("SIGKILL"); // the test process dies with the server up: take it down too
  process.once("exit", onExit);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGINT"); // fast shutdown
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
    }
    process.off("exit", onExit);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  while (!/ready to accept connections/.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`postgres did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { port, user, password, url: `postgresql://${user}:${password}@127.0.0.1:${port}/postgres`, startMs: performance.now() - t0, stop };
}
