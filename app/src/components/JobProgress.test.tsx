import { describe, expect, it } from 'vitest';
import { render } from '../test/render';
import { JobView } from './JobProgress';
import type { Job } from '../api/jobs';

const base: Job = {
  id: 'j1', kind: 'requests.export', status: 'running', created_at: '2026-11-28T10:00:00Z', updated_at: '2026-11-28T10:00:05Z',
  progress: { done: 3, total: 8, phase: 'packing', message: null }, errors: [], error_count: 0, outcomes: null, error: null, result: null, download: null,
};

describe('JobView', () => {
  it('shows a running job as a labelled progress bar with its phase, in English and Spanish', () => {
    const en = render(<JobView job={base} label="Export" />);
    expect(en).toContain('Export · Packing requests: 3 of 8 done');
    expect(en).toContain('role="status"');
    expect(en).toContain('aria-label="Export · Packing requests"');
    const es = render(<JobView job={base} label="Exportar" />, 'es');
    expect(es).toContain('Exportar · Empaquetando solicitudes: 3 de 8 hechas');
  });

  it('shows a finished export with its download link, and a re-ingest with its outcomes', () => {
    const done: Job = { ...base, status: 'done', progress: { done: 1, total: 1, phase: 'storing', message: null },
      download: { url: '/api/v1/jobs/j1/download', filename: 'acceso-export-2026-11-28-abc.zip', size: 2048, content_type: 'application/zip', expires_at: '2026-11-29T10:00:00Z', restricted: false } };
    const html = render(<JobView job={done} label="Export" />);
    expect(html).toContain('href="/api/v1/jobs/j1/download"');
    expect(html).toContain('Download acceso-export-2026-11-28-abc.zip (2.0 KB)');
    expect(html).not.toContain('role="progressbar"');
    const reread = render(<JobView job={{ ...base, kind: 'records.reingest', status: 'done', progress: { done: 3, total: 3, phase: 'reading', message: null }, outcomes: { ready: 2, failed: 1 } }} label="Re-read" />);
    expect(reread).toContain('read: 2 · still failing: 1');
    const nothing = render(<JobView job={{ ...base, kind: 'records.reingest', status: 'done', progress: { done: 0, total: 0, phase: 'reading', message: null } }} label="Re-read" />, 'es');
    expect(nothing).toContain('Re-read · Hecho</strong> · nada que hacer');
  });

  it('says why a job did nothing and lists the items that failed, as text', () => {
    const skipped: Job = { ...base, kind: 'agencies.import', status: 'skipped', error: '1 line(s) rejected; nothing was imported.', error_count: 1,
      errors: [{ item: 'line 3', message: 'gt-x: unknown jurisdiction "<b>zz</b>"' }] };
    const html = render(<JobView job={skipped} label="Agency import" />);
    expect(html).toContain('Agency import · Not done');
    expect(html).toContain('1 line(s) rejected; nothing was imported.');
    expect(html).toContain('1 item could not be done');
    expect(html).toContain('&lt;b&gt;zz&lt;/b&gt;');
  });
});
