// Elements of kinds defined with defineElement: the kind name and the props (as JSON) in an Element's `custom`
// member; templates/elements/custom.tsx renders each with the template its kind registered.
import { SluiceAPIError } from "../util/errors.ts";
import type { DeltaGenerator } from "./dg.ts";

/** Writes an element of a kind registered with defineElement; `props` must be JSON (they go into the protobuf). */
export function custom(dg: DeltaGenerator, kind: string, props: unknown = null, data?: Uint8Array): void {
  let json: string | undefined;
  try {
    json = JSON.stringify(props);
  } catch (error) {
    throw new SluiceAPIError(`The props of a "${kind}" element must be JSON: ${(error as Error).message}`);
  }
  if (json === undefined) throw new SluiceAPIError(`The props of a "${kind}" element must be JSON, not ${typeof props}.`);
  dg.writeElement({ custom: { kind, json, data: data ?? new Uint8Array(0) } });
}
