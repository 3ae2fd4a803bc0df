/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// An element of a kind added with defineElement: its props (decoded from JSON) rendered by the template its kind
// registered; a kind with no template says so in place.
import { customTemplates } from "../registry.ts";

export default function Custom({ el, id }: { el: { kind?: string; json?: string; data?: Uint8Array }; id: string }) {
  const kind = el.kind ?? "";
  const Template = Object.hasOwn(customTemplates, kind) ? customTemplates[kind] : undefined;
  if (!Template) return <p class="sl-unknown">Unknown element kind “{kind}” (no defineElement for it in this server).</p>;
  return <Template el={el.json ? JSON.parse(el.json) : null} id={id} data={el.data} />;
}
