// A rerun request and the rule for coalescing two of them: the latest widget values win, but a button press
// still waiting in the earlier request is carried over, so a click is never lost.
import type { sluice } from "../gen/proto.js";

export interface RerunRequest {
  /** The browser's full set of widget values, or null to rerun with the values the session has. */
  widgetStates: sluice.IWidgetState[] | null;
  /** Posted values the widgets could not take (with widgetStates: the same post's). */
  widgetErrors?: sluice.IWidgetError[];
  queryString?: string;
  /** The URL path of the page to show ("" the default page); absent: the page the session shows. */
  pageName?: string;
  /** Rerun only this fragment (later issue); a full request absorbs a fragment one. */
  fragmentId?: string;
}

const isPressed = (w: sluice.IWidgetState) => w.triggerValue === true;

export function coalesce(older: RerunRequest, newer: RerunRequest): RerunRequest {
  const fragmentId = older.fragmentId && newer.fragmentId === older.fragmentId ? older.fragmentId : undefined;
  const states = [...(newer.widgetStates ?? older.widgetStates ?? [])];
  for (const p of (older.widgetStates ?? []).filter(isPressed)) {
    const i = states.findIndex((w) => w.id === p.id);
    if (i < 0) states.push(p);
    else if (!isPressed(states[i]!)) states[i] = p;
  }
  const widgetStates = newer.widgetStates || older.widgetStates ? states : null;
  const widgetErrors = newer.widgetStates ? newer.widgetErrors : older.widgetErrors;
  const pageName = newer.pageName ?? older.pageName; // a page change is not lost to a later post
  const queryString = newer.queryString ?? older.queryString;
  return { ...newer, widgetStates, widgetErrors, fragmentId, pageName, queryString };
}
