// The founding case as demo data: Access Now's FOIA requests to CBP and ICE (2022) and the suits
// that followed (2024). Only public facts, each with its source URL and date precision, from
// shared/reference/agreements/access-now-case.md (copied here as data; that folder is never read
// at run time). Precision labels: exact | month | year | bound (on or before). Where a fact has
// only a month or year, the event sits on the first day of that period and says so; the filing
// day of both requests is not public, so one day is chosen and labelled illustrative.
import type { CreateRequestInput, EventInput } from '../features/requests/schema';

export type DatePrecision = 'exact' | 'month' | 'year' | 'bound';

const PRESS_RELEASE = 'https://www.accessnow.org/press-release/access-now-sues-cbp-and-ice/';
const CASE_PAGE = 'https://holdcbpaccountable.org/2024/06/19/access-now-v-cbp';
const R3D = 'https://r3d.mx/2024/06/05/access-now-demanda-a-autoridades-migratorias-de-ee-uu-por-opacidad-sobre-uso-de-datos';
const THE_RECORD = 'https://thecyberpost.com/news/cbp-ice-sued-for-information-about-sharing-of-noncitizens-biometrics/';
const IDTECHWIRE = 'https://idtechwire.com/ice-cbp-face-lawsuits-over-noncitizen-biometric-data-sharing';

/** The filing day is not public (CBP: December 2022, month; ICE: 2022, year). Chosen, not known. */
export const ILLUSTRATIVE_FILING_DAY = '2022-12-15';

function fact(kind: EventInput['kind'], date: string, precision: DatePrecision, asKnown: string, note: string, sources: string[], extra: Record<string, unknown> = {}): EventInput {
  return { kind, date, note, data: { ...extra, date_precision: precision, date_as_known: asKnown, source_url: sources[0], sources } };
}

const REQUESTED_ITEMS = [
  'The requests sought, as Access Now\'s press release lists them (four items "and more"; Acceso\'s wording, not the text of the requests, which is not public):',
  '1. the complete texts of data-sharing agreements between the United States and any Latin American or Caribbean government;',
  '2. records on any biometric database used jointly with another government under those agreements;',
  '3. records on how the biometric data of people on the move may be used: intended, allowed, restricted and banned uses;',
  '4. manuals, training material, policy statements and similar records on the same kinds of use of the CBP One app.',
  `Source: ${PRESS_RELEASE}`,
].join('\n');

const COMMON_NOTES = [
  'DEMO DATA built from public facts only (Acceso: shared reference access-now-case.md). Every event keeps its source URL and date precision in its data.',
  `Filing date: ${ILLUSTRATIVE_FILING_DAY} is ILLUSTRATIVE: the exact day is not public.`,
  'FOIA tracking number: not public. Administrative appeal: not known to have been filed (not public).',
  'Requester: Access Now; counsel in the suits: Harvard Law School Cyberlaw Clinic (Mason A. Kortz) — ' + PRESS_RELEASE,
].join('\n');

export interface DemoRequest {
  /** Stable key: how the loader recognises a request it already made. */
  key: string;
  input: CreateRequestInput;
}

export const FOUNDING_CASE: DemoRequest[] = [
  {
    key: 'founding-cbp',
    input: {
      title: 'Access Now to CBP: agreements sharing migrants\' biometric data with Latin American governments, and CBP One',
      text: [
        REQUESTED_ITEMS,
        '',
        'CBP-specific scope (from the complaint, as reported): records on how CBP One works (automated decision-making, profiling and registration) and the number of people in the Mexican, Guatemalan, Honduran and Salvadoran governments who can access CBP One to obtain migrants\' data. Source: ' + CASE_PAGE,
      ].join('\n'),
      agency_id: 'cbp',
      jurisdiction: 'us-federal',
      requester: { name: 'Access Now', email: null },
      fee_waiver: false,
      expedited: false,
      tags: ['founding-case', 'access-now', 'biometrics', 'cbp-one'],
      visibility: 'public',
      notes: [
        COMMON_NOTES,
        `CBP request sent: December 2022 (precision: month; confidence: one secondary source) — ${R3D}`,
      ].join('\n'),
      tracking_number: null,
      events: [
        fact('filed', ILLUSTRATIVE_FILING_DAY, 'month', '2022-12',
          `CBP request sent in December 2022 (precision: month). The day, ${ILLUSTRATIVE_FILING_DAY}, is ILLUSTRATIVE: chosen by Acceso, not public.`,
          [R3D], { illustrative: true }),
        fact('note', '2024-05-01', 'month', '2024-05',
          'CBP answered only with links to documents that did not contain the information requested (May 2024; the day is not public: dated here on the 1st of the month). Not recorded as a determination: the answer\'s legal character is not public.',
          [R3D]),
        fact('suit-filed', '2024-05-23', 'exact', '2024-05-23',
          'Access Now v. U.S. Customs and Border Protection, S.D.N.Y., No. 1:24-cv-03979, complaint filed.',
          [CASE_PAGE, PRESS_RELEASE],
          { court: 'U.S. District Court for the Southern District of New York', docket: '1:24-cv-03979', caption: 'Access Now v. U.S. Customs and Border Protection', counsel: 'Harvard Law School Cyberlaw Clinic' }),
        fact('note', '2024-08-02', 'exact', '2024-08-02', 'CBP filed its answer to the complaint in court.', [CASE_PAGE], { court_filing: 'answer', docket: '1:24-cv-03979' }),
        fact('released', '2024-10-10', 'bound', '<= 2024-10-10',
          'Access Now reported that CBP had released 2,912 pages, which it was reviewing. Dated on that statement (2024-10-10): the dates and sizes of the individual productions are not public.',
          [CASE_PAGE], { pages: 2912 }),
      ],
    },
  },
  {
    key: 'founding-ice',
    input: {
      title: 'Access Now to ICE: data-sharing agreements with Mexico, Guatemala, Honduras and El Salvador (biometrics)',
      text: [
        REQUESTED_ITEMS,
        '',
        'ICE-specific scope (as reported): the full text of ICE\'s data-sharing agreements with Mexico, Guatemala, Honduras and El Salvador; the complaint focuses on ICE Enforcement and Removal Operations\' biometric and biographic identification of incarcerated people it prioritises, and on ICE cooperation agreements with Mexico, Guatemala and others going back to 2010. Sources: ' + THE_RECORD + ' ; ' + IDTECHWIRE,
      ].join('\n'),
      agency_id: 'ice',
      jurisdiction: 'us-federal',
      requester: { name: 'Access Now', email: null },
      fee_waiver: false,
      expedited: false,
      tags: ['founding-case', 'access-now', 'biometrics'],
      visibility: 'public',
      notes: [
        COMMON_NOTES,
        `ICE request sent: 2022 (precision: year; Access Now's general statement) — ${PRESS_RELEASE}. Filed "more than 17 months" before the suits (bound) — ${THE_RECORD}`,
        `ICE said it had none of the requested records for a biometric database under its control; the date of that answer is not public, so it is not on the timeline — ${THE_RECORD} ; ${IDTECHWIRE}`,
        'Court and docket number of the suit against ICE: not public (do not assume S.D.N.Y.). Pages released by ICE: not public.',
      ].join('\n'),
      tracking_number: null,
      events: [
        fact('filed', ILLUSTRATIVE_FILING_DAY, 'year', '2022',
          `ICE request sent in 2022 (precision: year; more than 17 months before the suits). The day, ${ILLUSTRATIVE_FILING_DAY}, is ILLUSTRATIVE: chosen by Acceso to match the CBP request, not public.`,
          [PRESS_RELEASE, THE_RECORD], { illustrative: true }),
        fact('suit-filed', '2024-05-24', 'bound', '<= 2024-05-24',
          'Access Now sued ICE (reported on 2024-05-24 together with the suit against CBP; filed on or before that day). Court and docket number are not public.',
          [THE_RECORD], { court: null, docket: null }),
      ],
    },
  },
];
