// defineElement: the seam for element kinds outside the built-in set (third-party components later). A kind
// is a command (what st.<name>() writes) plus a template (how its Element renders); built-ins use the same maps.
import { elementTemplates, type ElementTemplate } from "../../templates/registry.ts";
import type { DeltaGenerator } from "./dg.ts";
import { installCommand } from "./index.ts";

export interface ElementDefinition {
  /** The Element oneof member the command writes (camelCase, as protobufjs names it). */
  kind: string;
  /** Renders that member's message. */
  template: ElementTemplate;
  /** Installed as `st.<name>(...)` on every container. */
  command?: { name: string; fn: (dg: DeltaGenerator, ...args: any[]) => unknown };
}

/** Registers a template for an element kind, and optionally its command. */
export function defineElement(def: ElementDefinition): void {
  elementTemplates[def.kind] = def.template;
  if (def.command) installCommand(def.command.name, def.command.fn);
}
