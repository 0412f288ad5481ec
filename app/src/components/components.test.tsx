import { describe, expect, it } from 'vitest';
import { render } from '../test/render';
import { DeadlineCard } from './DeadlineCard';
import { Highlighted } from './Highlighted';
import { Timeline } from './Timeline';
import { BarChart } from './BarChart';
import type { Deadline } from '../api/types';
import { safeHref } from '../lib/safeHref';

const maySue: Deadline = {
  kind: 'may-sue',
  due: '2023-01-24',
  citation: '5 U.S.C. § 552(a)(6)(C)(i)',
  explanation: ['Response was due 2023-01-23 and no determination was made.', 'The requester may sue from the next day, 2023-01-24.'],
  verified: true,
  basis: 'law',
  source: 'https://www.law.cornell.edu/uscode/text/5/552',
};

const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"><svg onload="window.__xss=3">`;

describe('DeadlineCard', () => {
  it('states the may-sue date and, opened, its explanation lines, citation and source link', () => {
    const html = render(<DeadlineCard deadline={maySue} start="2023-01-23" defaultOpen />);
    expect(html).toContain('May go to court');
    expect(html).toContain('May sue since January 24, 2023');
    expect(html).toContain('The requester may sue from the next day, 2023-01-24.');
    expect(html).toContain('5 U.S.C. § 552(a)(6)(C)(i)');
    expect(html).toContain('href="https://www.law.cornell.edu/uscode/text/5/552"');
    expect(html).toContain('aria-expanded="true"');
  });

  it('keeps an unknown deadline visibly unknown, with no date drawn, in Spanish too', () => {
    const unknown: Deadline = { kind: 'appeal-filing', due: null, citation: '', explanation: ['Days to appeal not known — check the statute.'], verified: false, basis: 'unknown' };
    const en = render(<DeadlineCard deadline={unknown} start="2024-03-01" defaultOpen />);
    expect(en).toContain('No date: the law sets no number of days, or it is not known');
    expect(en).toContain('>unknown<');
    expect(en).toContain('not verified');
    expect(en).not.toContain('class="month"');
    const es = render(<DeadlineCard deadline={unknown} start="2024-03-01" defaultOpen />, 'es');
    expect(es).toContain('desconocido');
    expect(es).toContain('sin verificar');
    expect(es).toContain('Plazo para recurrir');
  });

  it('labels a default rule as such', () => {
    const html = render(<DeadlineCard deadline={{ ...maySue, kind: 'appeal-filing', basis: 'default', verified: false }} start={null} />);
    expect(html).toContain('default rule');
  });

  it('draws the counted days on a month calendar with the skipped holiday named', () => {
    const d: Deadline = {
      kind: 'response', due: '2025-07-15', citation: '5 U.S.C. § 552(a)(6)(A)(i)', verified: true, basis: 'law',
      explanation: ['20 working days from 2025-06-13.', 'Skipped 2025-06-19 (Juneteenth), 2025-07-04 (Independence Day).'],
    };
    const html = render(<DeadlineCard deadline={d} start="2025-06-13" defaultOpen />);
    expect(html).toContain('<caption>June 2025</caption>');
    expect(html).toContain('<caption>July 2025</caption>');
    expect(html).toMatch(/Independence Day/);
    expect(html).toContain('Due date, day 20');
    expect(html).toContain('10 weekend days skipped');
  });

  it('draws a tolled span from the engine\'s steps, in the UI language', () => {
    const d: Deadline = {
      kind: 'response', due: '2025-07-18', citation: '5 U.S.C. § 552(a)(6)(A)(i)', verified: true, basis: 'law', explanation: ['…'],
      steps: [
        { kind: 'working', from: '2025-06-13', to: '2025-06-20', counted: 4, skipped: [
          { date: '2025-06-14', name: 'Saturday', why: 'weekend' }, { date: '2025-06-15', name: 'Sunday', why: 'weekend' },
          { date: '2025-06-19', name: 'Juneteenth National Independence Day', why: 'holiday' }] },
        { kind: 'tolled', from: '2025-06-20', to: '2025-06-23', counted: 0, skipped: [
          { date: '2025-06-21', name: 'Saturday', why: 'weekend' }, { date: '2025-06-22', name: 'Sunday', why: 'weekend' },
          { date: '2025-06-23', name: 'clock stopped: waiting for the requester', why: 'tolled' }] },
        { kind: 'working', from: '2025-06-23', to: '2025-06-24', counted: 1, skipped: [] },
      ],
    };
    const en = render(<DeadlineCard deadline={{ ...d, due: '2025-06-24' }} start={null} defaultOpen />);
    expect(en).toContain('class="day tolled"');
    expect(en).toMatch(/Clock stopped from .*21.* to .*23.*: clock stopped: waiting for the requester/);
    expect(en).toContain('Due date, day 5');
    expect(en).not.toContain('Calendar drawn from the dates');
    const es = render(<DeadlineCard deadline={{ ...d, due: '2025-06-24' }} start={null} defaultOpen />, 'es');
    expect(es).toMatch(/Plazo suspendido del /);
  });

  it('does not link a javascript: source', () => {
    const html = render(<DeadlineCard deadline={{ ...maySue, source: 'javascript:alert(1)' }} start={null} defaultOpen />);
    expect(html).not.toContain('href="javascript:');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('//evil.example/x')).toBe('http://evil.example/x');
  });
});

describe('outside text is rendered as text', () => {
  it('search snippets: markers become <mark>, payloads stay escaped', () => {
    const html = render(<Highlighted snippet={`before <mark>CBP</mark> ${XSS}`} />);
    expect(html).toContain('<mark>CBP</mark>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&lt;script&gt;');
  });

  it('timeline: subject, sender, body and attachment names with payloads are escaped', () => {
    const html = render(
      <Timeline
        events={[{ id: 'e1', kind: 'filed', date: '2022-12-05' }, { id: 'e2', kind: 'acknowledged', date: '2022-12-09', note: XSS }]}
        messages={[{
          id: 'm1', request_id: 'r1', kind: 'reply', from: 'foia@cbp.dhs.gov', from_name: XSS, subject: XSS, received_at: '2022-12-09T10:00:00Z',
          attachments: [{ filename: `${XSS}.pdf` }, { filename: 'release.pdf', document_id: 'd1' }],
          suggestions: [{ id: 's1', message_id: 'm1', request_id: 'r1', kind: 'acknowledged', date: '2022-12-09', sentence: XSS, status: 'open' }],
        }]}
        actions={{ accept: () => {}, dismiss: () => {}, busy: null, canWrite: true }}
      />,
    );
    expect(html).not.toMatch(/<script|<img|<svg/);
    expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    expect(html).toContain('>Confirm<');
    expect(html).toContain('href="/records/d1"');
    // Chronological: the filing comes before the acknowledgement and the reply.
    expect(html.indexOf('Filed')).toBeLessThan(html.indexOf('Acknowledged'));
  });
});

describe('BarChart', () => {
  it('draws one bar per figure and gives the numbers as a table, unknown shown as a dash', () => {
    const html = render(<BarChart title="Median days" unit=" days" bars={[{ label: 'to first response', value: 40 }, { label: 'to completion', value: null }]} />);
    expect(html.match(/<rect/g)).toHaveLength(2);
    expect(html).toContain('<td>40 days</td>');
    expect(html).toContain('<td>—</td>');
  });
});

describe('organisation switcher', () => {
  it('offers every organisation with the role, the current one chosen, and says which account is signed in', async () => {
    const { Shell } = await import('../layout/Shell');
    const { SessionContext } = await import('../session/useSession');
    const session = {
      user: { id: 'u1', email: 'ana@example.org', name: 'Ana' },
      organisations: [{ id: 'o1', name: 'Clinic', role: 'owner' }, { id: 'o2', name: 'Newsroom', role: 'viewer' }],
      current_organisation_id: 'o2',
      csrf_token: 'x',
    };
    const html = render(<SessionContext.Provider value={session}><Shell><p>body</p></Shell></SessionContext.Provider>, 'es');
    expect(html).toMatch(/<select[^>]*aria-label="Organización"/);
    expect(html).toContain('<option value="o1">Clinic (propietario)</option>');
    expect(html).toMatch(/<option value="o2" selected="">Newsroom \(lector\)<\/option>/);
    expect(html).toContain('ana@example.org');
    expect(html).toContain('Saltar al contenido');
  });
});
