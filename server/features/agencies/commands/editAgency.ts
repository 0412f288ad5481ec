// Use case: a person corrects an agency (name, parent, contacts...). Each changed field is marked
// as edited so later imports leave it alone (docs/decisions/0402-agency-edits-and-reimport.md).
import { isDeepStrictEqual } from 'node:util';
import type { Trx } from '../../../db/database';
import { errors, type FieldError } from '../../../errors';
import { nowIso } from '../../../ids';
import { actorLabel, actorOrganisationId, type Actor } from '../../accounts/actor';
import { recordAudit } from '../../audit/record';
import type { Agency } from '../agency';
import { CONTACT_FIELDS } from '../contacts';
import { getField, setField } from '../import/plan';
import { validateRecord } from '../import/validate';
import { knownJurisdictionIds } from '../jurisdictions';
import { findAgency, updateAgency } from '../repository';
import type { AgencyPatch } from '../schema';

// validateRecord names the field in its first word; the API names it by its path.
const FIELD_OF_PROBLEM: Record<string, string> = {
  email: 'contacts.emails',
  website: 'contacts.website',
  request_form: 'contacts.request_form',
  country: 'contacts.address.country',
};

export async function editAgency(trx: Trx, actor: Actor, id: string, patch: AgencyPatch): Promise<Agency> {
  const current = await findAgency(trx, id);
  if (!current) throw errors.notFound('Agency', id);

  const fields: string[] = [];
  for (const f of ['name', 'abbreviation', 'parent_id', 'description'] as const) if (patch[f] !== undefined) fields.push(f);
  for (const f of CONTACT_FIELDS) if (patch.contacts?.[f] !== undefined) fields.push(`contacts.${f}`);
  let next: Agency = current;
  const changed: string[] = [];
  for (const field of fields) {
    const value = field.startsWith('contacts.') ? patch.contacts![field.slice(9) as keyof NonNullable<AgencyPatch['contacts']>] : patch[field as 'name'];
    if (isDeepStrictEqual(getField(current, field), value)) continue;
    next = setField(next, field, value);
    changed.push(field);
  }
  if (changed.length === 0) return current;

  const problems: FieldError[] = validateRecord(next, knownJurisdictionIds()).map((message) => {
    const first = message.split(' ')[0];
    return { field: FIELD_OF_PROBLEM[first] ?? first, message };
  });
  if (next.parent_id !== null && changed.includes('parent_id')) {
    const seen = new Set([id]);
    for (let p: string | null = next.parent_id; p !== null; ) {
      const parent = await findAgency(trx, p);
      if (!parent) {
        problems.push({ field: 'parent_id', message: `'${p}' is not a known agency`, expected: 'an agency id' });
        break;
      }
      if (p === next.parent_id && parent.jurisdiction !== next.jurisdiction) {
        problems.push({ field: 'parent_id', message: `'${p}' is in jurisdiction '${parent.jurisdiction}', not '${next.jurisdiction}'` });
        break;
      }
      if (seen.has(p)) {
        problems.push({ field: 'parent_id', message: `'${next.parent_id}' would make a cycle (${[...seen, p].join(' -> ')})` });
        break;
      }
      seen.add(p);
      p = parent.parent_id;
    }
  }
  if (problems.length) throw errors.validation(problems);

  const label = actorLabel(actor);
  const updated: Agency = { ...next, edited_fields: [...new Set([...current.edited_fields, ...changed])].sort(), updated_at: nowIso() };
  await updateAgency(trx, updated, label);
  await recordAudit(trx, {
    actor: label,
    // The directory is shared; the entry goes to the log of the organisation the person acted in.
    organisation_id: actorOrganisationId(actor),
    action: 'agency.edit',
    subject_type: 'agency',
    subject_id: id,
    before: Object.fromEntries(changed.map((f) => [f, getField(current, f)])),
    after: Object.fromEntries(changed.map((f) => [f, getField(updated, f)])),
  });
  return updated;
}
