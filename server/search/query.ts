// The search box language: words (all must match), "quoted phrases", prefix* and -excluded words.
// Parsed once into clauses, then written out for FTS5 or for a PostgreSQL tsquery, so user text
// never reaches either query language unescaped. Punctuation splits words the way the index does:
// `(b)(6)` is the phrase "b 6".
import { tokenize } from './tokenize';

export type Clause =
  | { type: 'term'; term: string; prefix: boolean }
  | { type: 'phrase'; terms: string[] };

export interface ParsedQuery {
  must: Clause[];
  not: string[];
}

export class QueryError extends Error {
  readonly code = 'invalid_query';
}

export function parseQuery(input: string): ParsedQuery {
  const must: Clause[] = [];
  const not: string[] = [];
  const re = /(-?)"([^"]*)"?|(-?)(\S+)/g;
  for (const m of input.slice(0, 1000).matchAll(re)) {
    if (m[2] !== undefined) {
      const terms = tokenize(m[2]);
      if (!terms.length) continue;
      if (m[1]) { not.push(...terms); continue; }
      must.push(terms.length === 1 ? { type: 'term', term: terms[0], prefix: false } : { type: 'phrase', terms });
      continue;
    }
    const raw = m[4];
    const prefix = raw.endsWith('*');
    const terms = tokenize(raw);
    if (!terms.length) continue;
    if (m[3]) { not.push(...terms); continue; }
    if (terms.length === 1) must.push({ type: 'term', term: terms[0], prefix });
    else must.push({ type: 'phrase', terms });
  }
  if (!must.length) throw new QueryError(input.trim() ? 'The query has no word to look for (only excluded words or punctuation).' : 'The query is empty.');
  return { must, not: [...new Set(not)].slice(0, 20) };
}

const q = (t: string) => `"${t.replace(/"/g, '""')}"`;

export function toFts5(query: ParsedQuery): string {
  const parts = query.must.map((c) => (c.type === 'term' ? q(c.term) + (c.prefix ? ' *' : '') : q(c.terms.join(' '))));
  let out = parts.join(' AND ');
  for (const n of query.not) out += ` NOT ${q(n)}`;
  return out;
}

/** A to_tsquery('simple', …) string: lexemes quoted, & between clauses, <-> inside phrases. */
export function toTsquery(query: ParsedQuery): string {
  const lex = (t: string) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
  const parts = query.must.map((c) => (c.type === 'term' ? lex(c.term) + (c.prefix ? ':*' : '') : `(${c.terms.map(lex).join(' <-> ')})`));
  for (const n of query.not) parts.push(`!${lex(n)}`);
  return parts.join(' & ');
}

/** The words to highlight in text the database did not mark (PostgreSQL page text). */
export function clauseTerms(query: ParsedQuery): string[] {
  return query.must.flatMap((c) => (c.type === 'term' ? [c.term] : c.terms));
}
