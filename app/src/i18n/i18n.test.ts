import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from './en';
import { es } from './es';
import { pickLanguage } from './index';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v as object, key)) out.set(kk, vv);
  }
  return out;
}
const base = (k: string) => k.replace(PLURAL, '');
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const enLeaves = leaves(en);
const esLeaves = leaves(es);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(f) && !/\.test\./.test(f) && !/i18n\/(en|es)\.ts$/.test(p) ? [p] : [];
  });
}

describe('i18n completeness', () => {
  it('every English key has a Spanish string and vice versa (plural forms counted by their base key)', () => {
    const enBase = new Set([...enLeaves.keys()].map(base));
    const esBase = new Set([...esLeaves.keys()].map(base));
    expect([...enBase].filter((k) => !esBase.has(k))).toEqual([]);
    expect([...esBase].filter((k) => !enBase.has(k))).toEqual([]);
  });

  it('every plural key has its one and other forms in both languages, and Spanish has many', () => {
    for (const [name, dict, forms] of [['en', enLeaves, ['one', 'other']], ['es', esLeaves, ['one', 'many', 'other']]] as const) {
      const plurals = new Set([...dict.keys()].filter((k) => PLURAL.test(k)).map(base));
      for (const p of plurals) for (const f of forms) expect(dict.has(`${p}_${f}`), `${name}: ${p}_${f}`).toBe(true);
    }
  });

  it('no string is empty and interpolation variables match between languages', () => {
    for (const [k, v] of [...enLeaves, ...esLeaves]) expect(v.trim(), k).not.toBe('');
    for (const [k, v] of enLeaves) {
      const other = esLeaves.get(k) ?? esLeaves.get(`${base(k)}_other`);
      expect(other, k).toBeDefined();
      // `seeAll_one` may drop the number in Spanish ("Ver la solicitud"); every other string keeps its variables.
      if (!PLURAL.test(k) || k.endsWith('_other')) expect(vars(other!), k).toEqual(vars(v));
    }
  });

  it('every literal key the code passes to t() exists in the English dictionary', () => {
    const enBase = new Set([...enLeaves.keys()].map(base));
    const missing: string[] = [];
    const root = join(import.meta.dirname, '..');
    let count = 0;
    for (const file of sourceFiles(root)) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z_][\w.-]*)'/g)) {
        count++;
        if (!enBase.has(m[1])) missing.push(`${file.replace(root, '')}: ${m[1]}`);
      }
      // Keys built from a list (nav items) are written as `key: 'nav.x'`.
      for (const m of src.matchAll(/\bkey: '([a-z]+\.[\w.-]+)'/g)) if (!enBase.has(m[1])) missing.push(`${file.replace(root, '')}: ${m[1]}`);
    }
    expect(count).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('every event kind (ours and the server\'s), status and deadline kind has a label', async () => {
    const { EVENT_KINDS, SYSTEM_EVENT_KINDS } = await import('../lib/eventKinds');
    for (const k of [...EVENT_KINDS, ...SYSTEM_EVENT_KINDS]) {
      expect(enLeaves.has(`events.${k}`), k).toBe(true);
      expect(esLeaves.has(`events.${k}`), k).toBe(true);
    }
    const { STATUSES } = await import('../lib/eventKinds');
    for (const k of STATUSES) expect(esLeaves.has(`status.${k}`) && enLeaves.has(`status.${k}`), k).toBe(true);
    // The server's own vocabulary: every event kind it accepts has a label.
    const server = await import('../../../server/features/requests/kinds');
    for (const k of server.EVENT_KINDS) expect(enLeaves.has(`events.${k}`) && esLeaves.has(`events.${k}`), k).toBe(true);
    for (const k of ['response', 'expedited-decision', 'appeal-filing', 'appeal-decision', 'may-sue']) {
      expect(esLeaves.has(`deadline.kind.${k}`), k).toBe(true);
    }
  });
});

describe('language choice', () => {
  it('prefers a stored choice, then the first supported browser language, then English', () => {
    expect(pickLanguage('es', ['en-US'])).toBe('es');
    expect(pickLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickLanguage(null, ['en-GB', 'es'])).toBe('en');
    expect(pickLanguage('de', ['pt-BR'])).toBe('en');
  });
});
