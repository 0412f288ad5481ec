// National calendars. Official lists used (each test names its own): gov.uk bank holidays 2025 for
// the UK; Ley Federal del Trabajo art. 74 for Mexico. Full-year checks of the other countries are in
// international-lists.test.ts; the tests here check single corrections.
import { describe, expect, it } from 'vitest';
import { getCalendar } from './index';

const dates = (id: string, year: number) => getCalendar(id)!.closures(year).map((c) => c.date);
const COUNTRIES = ['mx', 'gt', 'hn', 'sv', 'cr', 'pa', 'co', 'br', 'cl', 'pe', 'ec', 'ar', 'uy', 'do', 'ca', 'gb'];

describe('international calendars', () => {
  it('exist for every country of international.csv', () => {
    for (const id of COUNTRIES) expect(getCalendar(id)?.id).toBe(id);
  });

  it('United Kingdom 2025 = union of the gov.uk/bank-holidays lists of England and Wales, Scotland and Northern Ireland (FOIA s. 10(6))', () => {
    // https://www.gov.uk/bank-holidays, 2025 (the Scottish list as reproduced from the Scottish
    // Government at https://thenational.scot/news/trendingacrossscotland/24764544.scottish-bank-holidays-2025-days-will-get-off).
    const englandWales = ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'];
    const scotland = ['2025-01-01', '2025-01-02', '2025-04-18', '2025-05-05', '2025-05-26', '2025-08-04', '2025-12-01', '2025-12-25', '2025-12-26'];
    const northernIreland = [...englandWales, '2025-03-17', '2025-07-14'];
    const union = [...new Set([...englandWales, ...scotland, ...northernIreland])].sort();
    expect(dates('gb', 2025)).toEqual(union);
    expect(getCalendar('gb')!.verified).toBe(true);
  });

  it('United Kingdom moves Christmas on Saturday and Boxing Day on Sunday to Monday and Tuesday (2027)', () => {
    expect(dates('gb', 2027).filter((d) => d >= '2027-12-20')).toEqual(['2027-12-27', '2027-12-28']);
  });

  it('Mexico 2025 = the Ley Federal del Trabajo art. 74 days (https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf)', () => {
    // I Jan 1; II 1st Monday of February; III 3rd Monday of March; IV May 1; V Sep 16;
    // VI 3rd Monday of November; VIII Dec 25 (text read at http://asescrl.com/descanso.php).
    expect(dates('mx', 2025)).toEqual(['2025-01-01', '2025-02-03', '2025-03-17', '2025-05-01', '2025-09-16', '2025-11-17', '2025-12-25']);
  });

  it('Mexico closes on 2024-10-01, the transfer of the federal executive (art. 74 VII), and not on Holy Thursday', () => {
    expect(dates('mx', 2024)).toContain('2024-10-01');
    expect(dates('mx', 2025)).not.toContain('2025-04-17');
  });

  it('Canada 2025: the federal statutory holidays plus Easter Monday, and the public-service Civic Holiday as an executive closure', () => {
    expect(getCalendar('ca')!.closures(2025).filter((c) => c.kind === 'holiday').map((c) => c.date)).toEqual([
      '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-19', '2025-07-01', '2025-09-01',
      '2025-09-30', '2025-10-13', '2025-11-11', '2025-12-25', '2025-12-26',
    ]);
    expect(getCalendar('ca')!.closures(2025).filter((c) => c.kind === 'executive-closure').map((c) => c.date)).toEqual(['2025-08-04']);
    expect(dates('ca', 2020)).not.toContain('2020-09-30'); // Truth and Reconciliation Day from 2021
  });

  it('Canada closes on the proclaimed day of mourning of 2022-09-19 (Interpretation Act s. 35(1)), like the UK', () => {
    expect(dates('ca', 2022)).toContain('2022-09-19');
    expect(dates('gb', 2022)).toContain('2022-09-19');
  });

  it('Canada moves Canada Day on a Sunday to Monday July 2 (2018)', () => {
    expect(dates('ca', 2018)).toContain('2018-07-02');
  });

  it('does not count half days (Guatemala December 24 and 31 from noon) as closures', () => {
    const gt = dates('gt', 2025);
    expect(gt).toContain('2025-12-25');
    expect(gt).not.toContain('2025-12-24');
    expect(gt).not.toContain('2025-12-31');
  });

  it('El Salvador closes on New Year’s Day (the library files it as an observance)', () => {
    expect(dates('sv', 2025)).toContain('2025-01-01');
  });

  it('Brazil counts Carnival Monday and Tuesday (federal pontos facultativos) but not Ash Wednesday morning', () => {
    expect(dates('br', 2025)).toEqual(expect.arrayContaining(['2025-03-03', '2025-03-04']));
    expect(dates('br', 2025)).not.toContain('2025-03-05');
  });
});
