// A letter to an agency, composed from a request, its timeline's deadlines and the jurisdiction's
// rule file, then rendered as e-mail text or as a printable PDF. Letters cite only what the
// jurisdiction data carries (plus the two federal FOIA provisions named in federal.ts with their
// source); when a fact is missing the letter leaves it out and `warnings` says so.
import type { Deadline, IsoDate } from '../../law/contract';
import type { JurisdictionRules } from '../../law/jurisdictions/types';

export type LetterKind = 'initial-request' | 'follow-up' | 'appeal' | 'intent-to-sue' | 'thank-you';
export type LetterLanguage = 'en' | 'es';

export interface LetterRequest {
  id: string;
  title: string;
  /** The records described, as the requester wrote them. */
  text: string;
  trackingNumber: string | null;
  filedOn: IsoDate | null;
  requesterName: string | null;
  /** Where the agency should answer: the request's reply address. */
  replyAddress: string | null;
  feeWaiver: boolean;
  feeWaiverReason?: string | null;
  expedited: boolean;
  expeditedReason?: string | null;
}

export interface LetterInput {
  kind: LetterKind;
  language: LetterLanguage;
  jurisdiction: JurisdictionRules;
  request: LetterRequest;
  agencyName: string;
  /** Postal address lines of the agency's FOIA office, if known (PDF letters only). */
  agencyAddress?: string[];
  /** The day the letter is written. */
  today: IsoDate;
  /** The law engine's deadlines for the request's timeline (CONTRACTS.md shape). */
  deadlines: Deadline[];
  /** For appeals: the adverse determination being appealed. */
  determination?: { date: IsoDate; summary?: string | null } | null;
  /** Which follow-up this is (1 = first), shown in the letter and used to key the sweep. */
  followUpNumber?: number;
}

export interface Letter {
  kind: LetterKind;
  language: LetterLanguage;
  subject: string;
  date: IsoDate;
  recipient: string;
  salutation: string;
  paragraphs: string[];
  closing: string;
  signature: string[];
  /** Every statute or rule cited, as printed. */
  citations: string[];
  /** What the letter had to leave out because the data does not carry it, in words. */
  warnings: string[];
}
