import { describe, expect, it } from 'vitest';
import { splitSnippet, highlightTerms } from './snippet';

describe('search snippets', () => {
  it('splits <mark> hits into parts and keeps everything else as text', () => {
    expect(splitSnippet('the <mark>biometric</mark> data of <mark>migrants</mark>.')).toEqual([
      { text: 'the ', hit: false },
      { text: 'biometric', hit: true },
      { text: ' data of ', hit: false },
      { text: 'migrants', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('keeps script payloads in the text as plain characters', () => {
    const parts = splitSnippet('x <img src=x onerror=alert(1)> <mark>CBP</mark> <script>alert(2)</script>');
    expect(parts.find((p) => p.hit)?.text).toBe('CBP');
    expect(parts.map((p) => p.text).join('')).toBe('x <img src=x onerror=alert(1)> CBP <script>alert(2)</script>');
  });

  it('decodes the basic entities of an HTML-escaped snippet into text, never into markup', () => {
    expect(splitSnippet('&lt;b&gt; <mark>a&amp;b</mark>')).toEqual([
      { text: '<b> ', hit: false },
      { text: 'a&b', hit: true },
    ]);
  });

  it('accepts FTS5 control-character markers and leaves an unclosed marker as text', () => {
    expect(splitSnippet('a \u0002hit\u0003 b')).toEqual([
      { text: 'a ', hit: false },
      { text: 'hit', hit: true },
      { text: ' b', hit: false },
    ]);
    expect(splitSnippet('a <mark>open')).toEqual([
      { text: 'a ', hit: false },
      { text: 'open', hit: false },
    ]);
  });

  it('highlights query words (also inside longer words) case-insensitively, treating regex characters literally', () => {
    const parts = highlightTerms('Biometric data (biometrics) shared', 'biometric (data');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Biometric', 'data', 'biometric']);
    expect(parts.map((p) => p.text).join('')).toBe('Biometric data (biometrics) shared');
  });
});
