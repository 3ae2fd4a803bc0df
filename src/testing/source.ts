// Where AppTest.fromFile finds a script: a path (relative to the working directory or a base URL), an absolute
// path, or a file URL. Runtime-neutral: the working directory comes from the `process` global when there is one.
import { AppTestError } from "./errors.ts";

const cwdUrl = (): string => {
  const cwd = (globalThis as { process?: { cwd?: () => string } }).process?.cwd?.();
  if (!cwd) throw new AppTestError("AppTest.fromFile: no working directory here; pass a file URL or a base URL (import.meta.url).");
  const slashed = cwd.replace(/\\/g, "/");
  return "file://" + (slashed.startsWith("/") ? "" : "/") + slashed.replace(/\/?$/, "/");
};

/** Resolves `path` against `base` (default: the working directory) to a URL string for import(). */
export function resolveScript(path: string | URL, base?: string | URL): string {
  if (path instanceof URL) return path.href;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return new URL(path).href;
  const p = path.replace(/\\/g, "/");
  if (/^[a-z]:\//i.test(p)) return new URL("file:///" + p).href; // a Windows drive path
  return new URL(p, base ?? cwdUrl()).href;
}

/** The app a module exports: its default export, which must be a function of st. */
export function appOf(module: Record<string, unknown>, where: string): (st: any) => unknown {
  const app = module.default;
  if (typeof app !== "function") {
    throw new AppTestError(`${where} has no default export function; an app is \`export default function app(st) { … }\`.`);
  }
  return app as (st: any) => unknown;
}
