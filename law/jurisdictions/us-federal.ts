// US federal FOIA, 5 U.S.C. § 552. Facts from shared/reference/law/us-federal.md (sections 1-2),
// counting conventions from CONVENTIONS.md 10-17. Statute text read in the April 2023 US Code
// markdown (codexstanford/markdonw-chunck-of-the-usa-code, title 5 chunks 163-169).
import type { JurisdictionRules, PeriodRule } from './types';

const STATUTE = 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section552&num=0&edition=prelim';
const DHS_REG = 'https://ecfr.federalregister.gov/current/title-6/chapter-I/part-5/subpart-A/section-5.8';
const DOI_REG = 'https://law.lawstack.com/cfr/43/2.58/';
const DOJ_PAGE = 'https://usmarshals.gov/es/node/3746';

/** The statutory floor used when an agency's own window is not known (us-federal.md F7, section 2). */
export const FEDERAL_DEFAULT_APPEAL_WINDOW: PeriodRule = {
  days: 90,
  dayKind: 'calendar',
  citation: '5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)',
  source: STATUTE,
  verified: false,
  basis: 'default',
  defaultReason:
    "no appeal rule is recorded for this agency, so the statute's floor ('not less than 90 days' after the adverse determination) is used; check the agency's FOIA regulation",
};

export const usFederalRules: JurisdictionRules = {
  id: 'us-federal',
  name: 'United States (federal)',
  country: 'US',
  family: 'us-federal',
  language: 'en',
  calendar: 'us-federal',
  lawName: 'Freedom of Information Act',
  citation: '5 U.S.C. § 552',
  sources: [STATUTE, DHS_REG, DOI_REG, DOJ_PAGE],
  confidence: 'high',
  // DOJ's window (28 C.F.R. § 16.8) is medium confidence and the expedited 10 days' calendar reading
  // rests on agency regulations, not the statute.
  verified: false,
  referenceRow: 'shared/reference/law/us-federal.md, sections 1-2',
  clockStart: {
    words:
      'receipt by the appropriate component, and no later than 10 working days after any component designated to receive requests gets it; the day of receipt is day 0 (agency practice)',
    citation: '5 U.S.C. § 552(a)(6)(A), flush text after (ii)',
    source: STATUTE,
    verified: true,
    note: "'day 0 = receipt' is practice (Interior Departmental Manual), not statute text (us-federal.md F3, M)",
  },
  response: {
    days: 20,
    dayKind: 'business',
    citation: '5 U.S.C. § 552(a)(6)(A)(i)',
    source: STATUTE,
    verified: true,
    note: "'20 days (excepting Saturdays, Sundays, and legal public holidays)'",
  },
  extension: {
    available: true,
    days: 10,
    dayKind: 'business',
    notice: 'before-deadline',
    noticeWords: 'written notice of the unusual circumstances and the expected determination date, sent before the deadline',
    repeatable: false,
    citation: '5 U.S.C. § 552(a)(6)(B)(i)',
    source: STATUTE,
    verified: true,
    note: "the notice may not set a date more than 'ten working days' out, except under (B)(ii)",
  },
  tolling: {
    clarification: 'once',
    fee: 'unlimited',
    citation: '5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II)',
    source: STATUTE,
    verified: true,
    note: 'tolling ends when the agency receives the requester’s answer',
  },
  expedited: {
    days: 10,
    dayKind: 'calendar',
    citation: '5 U.S.C. § 552(a)(6)(E)(ii)(I)',
    source: STATUTE,
    verified: false,
    note: "the statute says 'within 10 days after the date of the request'; agency regulations read it as calendar days (USITC FOIA FAQ; 32 C.F.R. § 1700.12)",
  },
  appeal: {
    route: "administrative appeal to the agency's FOIA appeals officer",
    exists: true,
    requiredBeforeCourt: true,
    filingWindow: FEDERAL_DEFAULT_APPEAL_WINDOW,
    filingCountedFrom: 'the date of the adverse determination',
    decisionPeriod: {
      days: 20,
      dayKind: 'business',
      citation: '5 U.S.C. § 552(a)(6)(A)(ii)',
      source: STATUTE,
      verified: true,
      note: "'twenty days (excepting Saturdays, Sundays, and legal public holidays)' after receiving the appeal",
    },
    citation: '5 U.S.C. § 552(a)(6)(A)(i)(III)(aa), (a)(6)(A)(ii)',
    source: STATUTE,
    verified: true,
  },
  court: {
    route: 'complaint in a US district court (5 U.S.C. § 552(a)(4)(B))',
    suitOnMissedDeadline: true,
    lateDeterminationRequiresAppeal: true,
    citation: '5 U.S.C. § 552(a)(6)(C)(i)',
    source: STATUTE,
    verified: true,
    note:
      'constructive exhaustion; a determination made after the deadline but before suit requires an appeal first in the D.C. Circuit (Oglesby v. U.S. Dep’t of the Army, 920 F.2d 57 (D.C. Cir. 1990))',
  },
  agencyOverrides: [
    {
      agency: 'dhs',
      appealFilingWindow: {
        days: 90,
        dayKind: 'business',
        citation: '6 C.F.R. § 5.8(a)(1)',
        source: DHS_REG,
        verified: true,
        note: 'postmarked, or for electronic appeals transmitted by 11:59:59 p.m. Eastern on the 90th working day',
      },
      appealFilingCountedFrom: "the date of the component's response",
    },
    {
      agency: 'doi',
      appealFilingWindow: {
        days: 90,
        dayKind: 'business',
        citation: '43 C.F.R. § 2.58',
        source: DOI_REG,
        verified: true,
        note: 'must be received by the FOIA Appeals Officer; arrivals after 5 p.m. Eastern count as the next workday. Appeals about a missed response deadline may be filed any time after it passes.',
      },
      appealFilingCountedFrom: 'the date of the final response',
    },
    {
      agency: 'doj',
      appealFilingWindow: {
        days: 90,
        dayKind: 'calendar',
        citation: '28 C.F.R. § 16.8',
        source: DOJ_PAGE,
        verified: false,
        note: 'the text of 28 C.F.R. § 16.8 has not been checked; a DOJ component page (US Marshals Service) states "90 calendar days" (us-federal.md section 2, confidence M). Older DOJ material saying 60 days predates the FOIA Improvement Act of 2016.',
      },
      appealFilingCountedFrom: 'the date of the response',
    },
  ],
};
