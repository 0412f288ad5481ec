// Checks one agency record on its own; every problem is named with the field and what was expected.
import { AGENCY_ID_PATTERN, type AgencyRecord } from '../agency';

const SOURCE_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
// Deliberately loose: one @, something on each side, no spaces. Agencies' addresses are odd enough.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_OK = /^https?:\/\/[^\s]+$/i;

export function validateRecord(r: AgencyRecord, knownJurisdictions: ReadonlySet<string>): string[] {
  const p: string[] = [];
  if (!r.id) p.push('id is empty (expected lowercase letters, digits and hyphens, e.g. mx-inm)');
  else if (!AGENCY_ID_PATTERN.test(r.id)) p.push(`id '${r.id}' is not valid (expected lowercase letters, digits and hyphens, at most 80, e.g. mx-inm)`);
  if (!r.name.trim()) p.push('name is empty');
  if (!r.jurisdiction) p.push('jurisdiction is empty (expected an id such as us-federal, us-tx, mx, gt)');
  else if (!knownJurisdictions.has(r.jurisdiction)) p.push(`jurisdiction '${r.jurisdiction}' is not known (see ./bin/acceso law jurisdictions)`);
  if (r.parent_id !== null && r.parent_id === r.id) p.push('parent_id is the agency itself');
  if (r.parent_id !== null && !AGENCY_ID_PATTERN.test(r.parent_id)) p.push(`parent_id '${r.parent_id}' is not a valid agency id`);
  if (!r.source.trim()) p.push('source is empty (say where the data comes from)');
  if (!SOURCE_DATE.test(r.source_date)) p.push(`source_date '${r.source_date}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  for (const e of r.contacts.emails) if (!EMAIL.test(e)) p.push(`email '${e}' is not an e-mail address`);
  for (const [field, url] of [['website', r.contacts.website], ['request_form', r.contacts.request_form]] as const) {
    if (url !== null && !URL_OK.test(url)) p.push(`${field} '${url}' is not a web address (expected http:// or https://)`);
  }
  const country = r.contacts.address?.country;
  if (country != null && !/^[A-Z]{2}$/.test(country)) p.push(`country '${country}' is not an ISO 3166 alpha-2 code (e.g. MX, GT, US)`);
  return p;
}
