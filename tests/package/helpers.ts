// Spawning `sluice` as a user does (node bin/…, npx in a consumer project) and watching it start and stop.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { connect } from "node:net";

export interface Running {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
}

/** Spawns a server command and resolves once it prints its "Local URL". */
export function startServer(cmd: string, args: string[], o: SpawnOptions = {}, timeoutMs = 60_000): Promise<Running> {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...o });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (o.detached) process.kill(-child.pid!, "SIGKILL"); // its whole process group
      else child.kill("SIGKILL");
      reject(new Error(`no URL printed in ${timeoutMs} ms: ${out}`));
    }, timeoutMs);
    const check = () => {
      const m = /Local URL: http:\/\/([^:\s]+):(\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off("data", check);
      resolve({ child, port: Number(m[2]), url: `http://127.0.0.1:${m[2]}`, output: () => out });
    };
    child.stdout!.on("data", check);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before serving: ${out}`));
    });
  });
}

/** Resolves with the exit code / signal, or "still running" after `ms`. */
export function exited(child: ChildProcess, ms = 5000): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(`exit ${child.exitCode ?? child.signalCode}`);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("still running"), ms);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(`exit ${code ?? signal}`);
    });
  });
}

/** True when nothing accepts connections on 127.0.0.1:port (polls for up to `ms`: the OS frees it at exit). */
export async function portFreed(port: number, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.once("connect", () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (!open) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** True while a process with this id exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
