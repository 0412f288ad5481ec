// Search snippets come from the server and quote text extracted from documents that came from
// outside. They are never parsed as HTML: the hit markers are split out and every other character
// is kept as plain text, which React then renders as text nodes.

export interface SnippetPart { text: string; hit: boolean }

// Marker pairs the search backends may use (FTS5 snippet() and PostgreSQL ts_headline are configured
// by the server; we accept the common ones so a change there does not silently drop highlighting).
const MARKERS: [string, string][] = [
  ['<mark>', '</mark>'],
  ['<b>', '</b>'],
  ['\u0002', '\u0003'],
  ['[[', ']]'],
];

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

export function splitSnippet(snippet: string): SnippetPart[] {
  const pair = MARKERS.find(([open]) => snippet.includes(open));
  // The server HTML-escapes snippets that carry <mark> (and those with no hit at all).
  const htmlMode = !pair || pair[0] === '<mark>' || pair[0] === '<b>';
  const clean = (s: string) => (htmlMode ? s.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (m) => ENTITIES[m]) : s);
  if (!pair) return snippet ? [{ text: clean(snippet), hit: false }] : [];
  const [open, close] = pair;
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length) {
    const i = rest.indexOf(open);
    if (i < 0) {
      parts.push({ text: clean(rest), hit: false });
      break;
    }
    if (i > 0) parts.push({ text: clean(rest.slice(0, i)), hit: false });
    const j = rest.indexOf(close, i + open.length);
    if (j < 0) {
      // An unclosed marker: show the rest as plain text rather than guessing where the hit ends.
      parts.push({ text: clean(rest.slice(i + open.length)), hit: false });
      break;
    }
    parts.push({ text: clean(rest.slice(i + open.length, j)), hit: true });
    rest = rest.slice(j + close.length);
  }
  return parts.filter((p) => p.text.length > 0);
}

/** Highlights the words of a query in plain text (used where the server sends no markers). */
export function highlightTerms(text: string, query: string): SnippetPart[] {
  const terms = query.split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}]/gu, '')).filter((t) => t.length > 1);
  if (!terms.length) return [{ text, hit: false }];
  const re = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  return text.split(re).filter(Boolean).map((p) => ({ text: p, hit: terms.some((t) => t.toLowerCase() === p.toLowerCase()) }));
}
