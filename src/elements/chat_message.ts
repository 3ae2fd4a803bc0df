// st.chatMessage: a container for one message of a conversation, with its author's name and avatar.
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";

/**
 * `st.chatMessage("assistant").markdown("Hello")` — "user", "assistant", "ai" and "human" get a preset avatar;
 * any other name gets its first letter. `avatar` is an emoji or an image URL.
 */
export function chatMessage(dg: DeltaGenerator, name: string, o: { avatar?: string } = {}): DeltaGenerator {
  if (typeof name !== "string" || name.trim() === "") {
    throw new SluiceAPIError('st.chatMessage needs the author\'s name, e.g. "user" or "assistant".');
  }
  return dg.writeBlock({ chatMessage: { name, avatar: o.avatar ?? "" } });
}
