// Which URLs a link may carry: one rule for every href sluice renders from app data (Markdown links and images,
// st.pageLink, link columns of tables), so a script URL (javascript:, vbscript:, data:) never becomes a link.

const SAFE = /^(https?:|mailto:|tel:|#|\?|\/|\.{1,2}\/)|^[^:]*$/i;

/** The URL when a link may carry it (http(s), mailto, tel, a fragment, a query or a relative path); null for any other
 *  scheme. Characters browsers ignore inside a scheme ("java\tscript:") are removed before the check. */
export function safeHref(url: string): string | null {
  return SAFE.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "")) ? url : null;
}
