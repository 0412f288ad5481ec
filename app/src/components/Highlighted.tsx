import { splitSnippet, highlightTerms, type SnippetPart } from '../lib/snippet';

/** Renders a search snippet as text with its hits in <mark>; no markup from the server is parsed. */
export function Highlighted({ snippet, query }: { snippet: string; query?: string }) {
  let parts: SnippetPart[] = splitSnippet(snippet);
  if (query && parts.every((p) => !p.hit)) parts = highlightTerms(snippet, query);
  return (
    <span className="snippet">
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
