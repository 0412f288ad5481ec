import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';
import { parseMessage } from './parse/parseMessage';

describe('sanitizeHtml', () => {
  it('strips scripts, event handlers, javascript: links, remote images, CSS and SVG', () => {
    const dirty = `
      <style>body{display:none}</style>
      <link rel="stylesheet" href="https://evil.example/x.css">
      <p style="position:fixed" onclick="steal()" class="x">Your request <b>2024-FOIA-00012</b> was received.</p>
      <script>alert(1)</script>
      <a href="javascript:alert(1)">click</a>
      <a href="https://foia.example.gov/status" onmouseover="x()">status</a>
      <img src="https://tracker.example/pixel.gif" onerror="x()">
      <svg><script>alert(2)</script><circle r="5"/></svg>
      <iframe src="https://evil.example"></iframe>`;
    const { html, remoteImagesRemoved } = sanitizeHtml(dirty);
    expect(html).not.toMatch(/script|onclick|onerror|onmouseover|style|javascript:|<img|<svg|<iframe|<link|tracker\.example|evil\.example|alert/i);
    expect(html).toContain('<b>2024-FOIA-00012</b>');
    expect(html).toContain('href="https://foia.example.gov/status"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(remoteImagesRemoved).toBe(1);
  });

  it('cleans the corpus spam message', async () => {
    const raw = readFileSync(join(import.meta.dirname, 'fixtures/mailparser/spam.eml'));
    const parsed = await parseMessage(raw);
    expect(parsed.html).toMatch(/<meta|style=/i);
    const { html } = sanitizeHtml(parsed.html ?? '');
    expect(html).not.toMatch(/<meta|style=|<html|<head/i);
    expect(html).toContain('href="http://www.geheimesgeld.ru"');
  });
});
