// Domain types of the agency directory.
import type { AgencyContacts } from './contacts';

/** FOIA.gov annual-report processing times, by fiscal year ('2016') and measure
 *  ('simple_median_days', 'complex_average_days', ...), in days as the source gives them; the text
 *  'less than 1' is kept as written. */
export type RequestTimeStats = Record<string, Record<string, number | string>>;

/** One agency as an import brings it (bundled federal directory, YAML folder or CSV row). */
export interface AgencyRecord {
  /** Stable id: lowercase letters, digits and hyphens (docs/decisions/0401-agency-ids.md). */
  id: string;
  parent_id: string | null;
  jurisdiction: string;
  name: string;
  abbreviation: string | null;
  description: string | null;
  contacts: AgencyContacts;
  request_time_stats: RequestTimeStats | null;
  /** Where this row's data comes from (a URL or a file name) and the date of that data. */
  source: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': as precise as the source is, no more. */
  source_date: string;
  /** An invented agency used only to show the product (demo data); never a real contact. */
  example: boolean;
}

/** An agency as stored. */
export interface Agency extends AgencyRecord {
  /** Fields a person changed by hand since the last import; imports leave them alone
   *  (docs/decisions/0402-agency-edits-and-reimport.md). */
  edited_fields: string[];
  created_at: string;
  updated_at: string;
}

/** The top-level fields an import compares and a person can edit, besides contacts.<field>. */
export const RECORD_FIELDS = ['name', 'abbreviation', 'parent_id', 'jurisdiction', 'description', 'request_time_stats', 'source', 'source_date'] as const;

export const AGENCY_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** Lowercase ASCII slug, cut at a word boundary to at most `max` characters:
 *  'U.S. Citizenship & Immigration Services' -> 'us-citizenship-and-immigration-services'. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}
