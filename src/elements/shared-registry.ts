// What defineElement registers, shared by every copy of sluice's modules in the process: `sluice run` loads the
// app — and the sluice it imports — as a fresh module graph on each reload (tsx's tsImport), so a kind or command
// the app defines must reach the server's own copy. Kept on globalThis under a registered symbol.
type Command = (dg: any, ...args: any[]) => unknown;

interface Shared {
  /** Commands added by defineElement, installed on every DeltaGenerator class (one per module copy). */
  commands: Map<string, Command>;
  prototypes: Set<WeakRef<object>>;
  /** templates/registry.ts keeps its element and custom-kind templates here. */
  templates: Record<string, Record<string, unknown>>;
}

const KEY = Symbol.for("sluice.shared-registry");
const g = globalThis as unknown as { [KEY]?: Shared };
export const shared: Shared = (g[KEY] ??= { commands: new Map(), prototypes: new Set(), templates: {} });

function install(proto: object, name: string, fn: Command): void {
  Object.defineProperty(proto, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      return fn(this, ...args);
    },
  });
}

/** Called once per copy of DeltaGenerator: gives it every command defined so far, and the ones defined later. */
export function adoptPrototype(proto: object): void {
  shared.prototypes.add(new WeakRef(proto));
  for (const [name, fn] of shared.commands) install(proto, name, fn);
}

/** Installs `st.<name>()` on every copy of DeltaGenerator, now and to come. */
export function shareCommand(name: string, fn: Command): void {
  shared.commands.set(name, fn);
  for (const ref of shared.prototypes) {
    const proto = ref.deref();
    if (proto) install(proto, name, fn);
    else shared.prototypes.delete(ref);
  }
}

/** A named map of templates shared across copies, created with `initial` by the first copy that asks. */
export function sharedTemplates<T>(name: string, initial: () => Record<string, T>): Record<string, T> {
  return (shared.templates[name] ??= initial()) as Record<string, T>;
}
