// Builds the letter input for one request: its text and flags, its agency's name, address and
// e-mail, its reply address, and the law engine's deadlines as cached on the row.
import type { Executor } from '../../db/database';
import { getJurisdiction } from '../../../law/index';
import type { Deadline } from '../../../law/contract';
import { findAgency } from '../agencies/repository';
import { listEvents, type RequestRow } from '../requests/repository';
import { deriveLenient } from '../requests/derive';
import { composeLetter } from '../../letters/compose';
import type { Letter, LetterInput, LetterKind, LetterLanguage } from '../../letters/types';
import { replyAddress } from '../../mail/replyAddress';

export interface RequestLetter {
  letter: Letter;
  /** The agency's e-mail addresses (empty when the directory has none). */
  agencyEmails: string[];
  agencyAddress: string[];
  replyAddress: string;
}

/** The deadlines as the law engine reads the timeline today (not the cached columns). */
async function deadlinesOf(db: Executor, row: RequestRow, today: string): Promise<Deadline[]> {
  const events = await listEvents(db, row.id);
  const derived = deriveLenient(row, events.map((e) => ({ kind: e.kind, date: e.date, seq: Number(e.seq) })), today);
  return derived.set?.deadlines ?? [];
}

export async function letterForRequest(
  db: Executor,
  row: RequestRow,
  opts: { kind: LetterKind; language?: LetterLanguage; today: string; secret: string; mailDomain: string; followUpNumber?: number; determination?: LetterInput['determination'] },
): Promise<RequestLetter> {
  const jurisdiction = getJurisdiction(row.jurisdiction);
  const agency = row.agency_id ? await findAgency(db, row.agency_id) : undefined;
  const address = agency?.contacts.address;
  const agencyAddress = address
    ? [...address.lines, address.street, [address.city, address.region, address.postal_code].filter(Boolean).join(', '), address.country]
        .filter((l): l is string => !!l && l.trim().length > 0)
    : [];
  const reply = replyAddress(row.id, opts.secret, opts.mailDomain);
  const language: LetterLanguage = opts.language ?? (jurisdiction.language === 'es' ? 'es' : 'en');
  const letter = composeLetter({
    kind: opts.kind,
    language,
    jurisdiction,
    request: {
      id: row.id,
      title: row.title,
      text: row.text,
      trackingNumber: row.tracking_number,
      filedOn: row.filed_on,
      requesterName: row.requester_name,
      replyAddress: reply,
      feeWaiver: !!row.fee_waiver,
      feeWaiverReason: row.fee_waiver_reason,
      expedited: !!row.expedited,
      expeditedReason: row.expedited_reason,
    },
    agencyName: agency ? (agency.contacts.office ? `${agency.name}, ${agency.contacts.office}` : agency.name) : (row.agency_name ?? (language === 'es' ? 'Unidad de Transparencia' : 'FOIA Officer')),
    agencyAddress,
    today: opts.today,
    deadlines: await deadlinesOf(db, row, opts.today),
    determination: opts.determination ?? null,
    followUpNumber: opts.followUpNumber,
  });
  return { letter, agencyEmails: agency?.contacts.emails ?? [], agencyAddress, replyAddress: reply };
}
