// st.chatInput: a message box. Its text is the app's value once, on the run it was sent (one-shot, like a button),
// then null again. At the top level of the main area it is pinned to the bottom root; in a container it is inline.
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";
import { KEEP } from "../script/widget.ts";
import { stringCodec } from "./codecs.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";
import { RootContainer } from "../tree/path.ts";

export interface ChatInputOptions extends Pick<CommonWidgetOptions, "key" | "disabled" | "args" | "help"> {
  /** At most this many characters; a longer message is refused with an error on the field. */
  maxChars?: number;
  /** Called before the run that returns the message (with `args`). */
  onSubmit?: (...args: any[]) => unknown;
  /** Not supported yet (file uploads come with st.fileUploader): passing true throws. */
  acceptFile?: false;
}

/** The value of the Send button: the form fields of a chat input are its text, then this when it was sent. */
export const CHAT_SEND = "send";

/**
 * The message a chat input's form fields send, or null. With JavaScript the fields are the textarea's text, then
 * CHAT_SEND when Send (or Enter) sent it; the text alone is a draft that travels with another widget's change.
 * Without JavaScript the page also has a one-line field (in <noscript>), so Enter submits the form: its fields are
 * the hidden textarea's "", the line's text, and CHAT_SEND if Send was pressed — any such post sends the line.
 */
export function sentText(values: readonly string[]): string | null {
  if (values.length < 2) return null;
  const parts = values[values.length - 1] === CHAT_SEND ? values.slice(0, -1) : values;
  const message = [...parts].reverse().find((v) => v.trim() !== "");
  return message ?? null;
}

/**
 * `const prompt = st.chatInput("Ask something")` — the text on the run it was sent, else null.
 * The field is cleared after sending; a draft (text typed but not sent) never reaches the app.
 */
export function chatInput(dg: DeltaGenerator, placeholder = "Your message", o: ChatInputOptions = {}): string | null {
  if (o.acceptFile) throw new SluiceAPIError("st.chatInput: acceptFile is not supported yet (file uploads come in a later issue); leave it out.");
  const bottom = dg.path.length === 1 && dg.path[0] === RootContainer.MAIN && !dg.locked;
  const target = bottom ? dg.child([RootContainer.BOTTOM]) : dg;
  const max = o.maxChars ?? 0;
  const text = stringCodec(placeholder, max);
  let id = "";
  const value = registerWidget<string, string | null>(
    target,
    {
      kind: "chat_input",
      label: placeholder,
      defaultValue: "",
      identity: [max, o.help ?? ""],
      keyedIdentity: [max],
      options: { key: o.key, disabled: o.disabled, help: o.help, onChange: o.onSubmit, args: o.args },
      ...text,
      fromForm: (values) => {
        const message = sentText(values);
        return message === null ? KEEP : (text.fromForm([message]) as string);
      },
      toPublic: (v) => (v === "" ? null : v),
    },
    (common) => {
      id = common.id;
      return {
        chatInput: {
          id: common.id,
          placeholder,
          maxChars: max,
          disabled: common.disabled,
          position: bottom ? 0 : 1,
          help: common.help,
          error: common.error,
        },
      };
    },
  );
  // One-shot: the message is this run's value only; the next run (and a message identical to this one) starts from "".
  dg.ctx.state.widgetValues.set(id, "");
  return value;
}
