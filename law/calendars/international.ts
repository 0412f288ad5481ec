// National calendars of the countries in international.csv: date-holidays public days (plus the
// types named per country), with the corrections below. README.md says what each is based on.
import type { IsoDate } from '../contract';
import type { CalendarDefinition } from './definition';
import { addDays, easterSunday, isoOf, MON, nthWeekday, weekdayOf } from './dates';
import { libraryCalendar, type LibraryCalendarSpec } from './library';

const LIB = 'date-holidays 3.37.0';
const unchecked = 'not checked against an official list';

/** Victoria Day: the Monday before May 25 (Holidays Act and Interpretation Act s. 35). */
function victoriaDay(year: number): IsoDate {
  const may24 = isoOf(year, 5, 24);
  return addDays(may24, -((weekdayOf(may24) - MON + 7) % 7));
}

const SPECS: LibraryCalendarSpec[] = [
  {
    // Ley Federal del Trabajo art. 74: the days of mandatory rest. The library's 'bank' days (Holy
    // Thursday and Friday, November 2, December 12) are customary closures of many offices but not
    // art. 74 days: guarantor bodies publish their own calendars, which organisations import.
    id: 'mx',
    name: 'Mexico (Ley Federal del Trabajo art. 74 days of mandatory rest)',
    source:
      `${LIB} (MX, type public) = LFT art. 74 fractions I-VI and VIII; fraction VII (transfer of the federal ` +
      'executive) added; election days (IX) not modelled. Official text: https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf',
    verified: true,
    country: 'MX',
    types: ['public'],
    weekend: 'none',
    add: [
      {
        name: 'Transmisión del Poder Ejecutivo Federal',
        // Every six years (1976, ..., 2018, 2024): December 1 up to 2018; October 1 from 2024 (Constitution art. 83 as amended in 2014).
        on: (y) => (y % 6 === 2 ? (y <= 2018 ? isoOf(y, 12, 1) : isoOf(y, 10, 1)) : null),
        reason: 'LFT art. 74 fraction VII; from 2024 the term begins October 1 (Constitución art. 83, reform of 2014)',
      },
    ],
  },
  {
    id: 'gt', name: 'Guatemala (national holidays)', country: 'GT', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (GT, type public; the half days of December 24 and 31 are working days here); Código de Trabajo art. 127; ${unchecked}`,
  },
  {
    id: 'hn', name: 'Honduras (national holidays)', country: 'HN', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (HN, type public); the October holidays are often grouped into a 'Feriado Morazánico' week by decree, which the library does not model; ${unchecked}`,
  },
  {
    id: 'sv', name: 'El Salvador (national holidays)', country: 'SV', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (SV, type public) plus New Year's Day (Código de Trabajo art. 190), which the library files as an observance; public-sector year-end closures are not modelled; ${unchecked}`,
    add: [{ name: 'Año Nuevo', on: (y) => isoOf(y, 1, 1), reason: 'Código de Trabajo art. 190 (the library files it as an observance)' }],
  },
  {
    id: 'cr', name: 'Costa Rica (national holidays)', country: 'CR', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (CR, type public); Código de Trabajo art. 148; ${unchecked}`,
  },
  {
    id: 'pa', name: 'Panama (national holidays)', country: 'PA', types: ['public'], weekend: 'library', verified: false,
    source: `${LIB} (PA, type public, Sunday holidays observed Monday as the library encodes); ${unchecked}`,
  },
  {
    id: 'co', name: 'Colombia (national holidays)', country: 'CO', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (CO, type public; Ley 51 de 1983 moves to Monday are built into the library's rules); ${unchecked}`,
  },
  {
    // Lei 9.784 art. 66 §1: a period ending on a day without 'expediente' runs to the next business day.
    // Carnival Monday/Tuesday and Corpus Christi are federal 'pontos facultativos' (library type 'bank').
    id: 'br', name: 'Brazil (federal: national holidays and full-day pontos facultativos)', country: 'BR', types: ['public', 'bank'], weekend: 'none', verified: false,
    source: `${LIB} (BR, types public and bank); half-day pontos facultativos (Ash Wednesday morning, December 24 and 31 afternoons) count as working days; ${unchecked}`,
  },
  {
    id: 'cl', name: 'Chile (national holidays)', country: 'CL', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (CL, type public; moves to Monday/Friday are built into the library's rules); ${unchecked}`,
  },
  {
    id: 'pe', name: 'Peru (national holidays)', country: 'PE', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (PE, type public); public-sector 'días no laborables' set by decree each year are not modelled (import them); ${unchecked}`,
  },
  {
    id: 'ec', name: 'Ecuador (national holidays)', country: 'EC', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (EC, type public); holidays moved to Friday/Monday under the 2016 reform of the Ley Orgánica del Servicio Público are not modelled; ${unchecked}`,
  },
  {
    // 'Días no laborables' (Holy Thursday, tourist bridge days) close the national public administration.
    id: 'ar', name: 'Argentina (feriados and días no laborables)', country: 'AR', types: ['public', 'bank'], weekend: 'none', verified: false,
    source: `${LIB} (AR, types public and bank = feriados plus días no laborables); Ley 27.399; ${unchecked}`,
  },
  {
    id: 'uy', name: 'Uruguay (feriados no laborables)', country: 'UY', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (UY, type public); Carnival and the whole 'Semana de Turismo' close many public offices but are not listed here; ${unchecked}`,
  },
  {
    id: 'do', name: 'Dominican Republic (national holidays)', country: 'DO', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (DO, type public; Ley 139-97 moves to Monday are built into the library's rules); ${unchecked}`,
  },
  {
    // Federal statutory holidays (Canada Labour Code s. 166 general holidays) plus Easter Monday
    // (Interpretation Act s. 35(1); federal public service). A holiday on a weekend moves to the next
    // working day. The library's national list has only five of these, so the rest are added.
    id: 'ca',
    name: 'Canada (federal statutory holidays)',
    country: 'CA',
    types: ['public'],
    weekend: 'next-weekday',
    verified: false,
    source:
      `${LIB} (CA national: New Year's Day, Good Friday, Canada Day, Labour Day, Christmas) plus Easter Monday, Victoria Day, ` +
      'National Day for Truth and Reconciliation (from 2021), Thanksgiving, Remembrance Day and Boxing Day; Canada Labour Code s. 166, ' +
      'Interpretation Act s. 35(1) (https://laws-lois.justice.gc.ca/eng/acts/I-21/section-35.html); assembled from the statutes, not checked against a published list',
    add: [
      { name: 'Easter Monday', on: (y) => addDays(easterSunday(y), 1), reason: 'Interpretation Act s. 35(1)' },
      { name: 'Victoria Day', on: victoriaDay, reason: 'Canada Labour Code s. 166; Interpretation Act s. 35(1)' },
      { name: 'National Day for Truth and Reconciliation', on: (y) => (y >= 2021 ? isoOf(y, 9, 30) : null), reason: 'S.C. 2021, c. 11 (Canada Labour Code s. 166; Interpretation Act s. 35(1))' },
      { name: 'Thanksgiving Day', on: (y) => nthWeekday(y, 10, MON, 2), reason: 'Canada Labour Code s. 166 (second Monday of October by proclamation)' },
      { name: 'Remembrance Day', on: (y) => isoOf(y, 11, 11), reason: 'Canada Labour Code s. 166; Interpretation Act s. 35(1)' },
      { name: 'Boxing Day', on: (y) => isoOf(y, 12, 26), reason: 'Canada Labour Code s. 166' },
      {
        name: 'National Day of Mourning for Queen Elizabeth II',
        on: (y) => (y === 2022 ? '2022-09-19' : null),
        reason: "proclaimed day of mourning: a 'holiday' under Interpretation Act s. 35(1); federal public service closed",
      },
    ],
  },
  {
    // FOIA 2000 s. 10(6): a working day excludes Christmas Day, Good Friday and any bank holiday in any
    // part of the UK (Banking and Financial Dealings Act 1971): the union of the four nations' lists.
    id: 'gb',
    name: 'United Kingdom (FOIA s. 10(6): bank holidays anywhere in the UK, Christmas Day, Good Friday)',
    country: 'GB',
    regions: ['ENG', 'WLS', 'SCT', 'NIR'],
    types: ['public'],
    weekend: 'library',
    verified: true,
    source:
      `${LIB} (GB regions ENG, WLS, SCT, NIR, type public, with substitute days); Freedom of Information Act 2000 s. 10(6); ` +
      'checked against the 2025 lists of https://www.gov.uk/bank-holidays (as reproduced; see international.test.ts)',
  },
];

export const INTERNATIONAL_CALENDARS: CalendarDefinition[] = SPECS.map(libraryCalendar);
