// defineElement: the seam for element kinds outside the built-in set. A built-in kind (an Element oneof member)
// gets a new template (a restyle); any other name is a NEW kind: its elements travel as the generic `custom`
// member (kind name + JSON props), rendered by the template registered here. Optionally installs `st.<name>()`.
import { customTemplates, elementTemplates, type CustomTemplate, type ElementTemplate } from "../../templates/registry.ts";
import { SluiceAPIError } from "../util/errors.ts";
import { custom } from "./custom.ts";
import type { DeltaGenerator } from "./dg.ts";
import type { St } from "./index.ts";
import { shareCommand } from "./shared-registry.ts";

export interface ElementDefinition {
  /**
   * A built-in Element oneof member (camelCase, as protobufjs names it: "text", "metric", …) to restyle it, or
   * any other name for a new kind.
   */
  kind: string;
  /** Renders an element: for a built-in kind `el` is its message; for a new kind, the props it was written with. */
  template: ElementTemplate | CustomTemplate;
  /** Installed as `st.<name>(...)` on every container; write a new kind's element with `write(dg, props)`. */
  command?: { name: string; fn: (dg: DeltaGenerator, ...args: any[]) => unknown };
}

export interface DefinedElement {
  /** The kind's name. */
  readonly kind: string;
  /** Writes one element of this kind (a new kind's props must be JSON), e.g. from a command or the app itself. */
  write(into: St | DeltaGenerator, props?: unknown, data?: Uint8Array): void;
}

const KIND = /^[A-Za-z][\w-]*$/;

/** Registers a template for an element kind (restyling a built-in one or adding a new one), and optionally its command. */
export function defineElement(def: ElementDefinition): DefinedElement {
  if (!KIND.test(def.kind)) throw new SluiceAPIError(`defineElement: "${def.kind}" is not a kind name (letters, digits, _ and -, starting with a letter).`);
  const builtIn = def.kind !== "custom" && Object.hasOwn(elementTemplates, def.kind);
  if (def.kind === "custom") throw new SluiceAPIError('defineElement: "custom" is reserved; name the new kind itself (e.g. "rating").');
  if (builtIn) elementTemplates[def.kind] = def.template as ElementTemplate;
  else customTemplates[def.kind] = def.template as CustomTemplate;
  if (def.command) shareCommand(def.command.name, def.command.fn);
  return {
    kind: def.kind,
    write(into, props, data) {
      const dg = into as unknown as DeltaGenerator; // every St container is a DeltaGenerator
      if (builtIn) dg.writeElement({ [def.kind]: props ?? {} });
      else custom(dg, def.kind, props ?? null, data);
    },
  };
}
