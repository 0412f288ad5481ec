// requests.json built piece by piece is one valid JSON document, with no requests or many.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RequestsJsonFile } from './requests-json';
import { safeName } from './zip-writer';

describe('requests.json file', () => {
  for (const n of [0, 1, 3]) {
    it(`is valid JSON with ${n} request(s), head keys first and tail keys after the list`, async () => {
      const f = await RequestsJsonFile.open({ format: 'acceso-export/1', selection: { filter: { q: 'a "quoted" word' } } });
      try {
        for (let i = 0; i < n; i++) await f.add({ id: `r${i}`, title: `Title ${i}\nwith a line break` });
        await f.close({ counts: { requests: n } });
        const text = await readFile(f.path, 'utf8');
        expect(JSON.parse(text)).toEqual({
          format: 'acceso-export/1', selection: { filter: { q: 'a "quoted" word' } },
          requests: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Title ${i}\nwith a line break` })),
          counts: { requests: n },
        });
      } finally {
        await f.remove();
      }
    });
  }

  it('makes file names safe inside a ZIP', () => {
    expect(safeName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeName('a\\b:c*?.pdf')).toBe('a_b_c_.pdf');
    expect(safeName('')).toBe('file');
    expect(safeName('informe final.pdf')).toBe('informe final.pdf');
  });
});
