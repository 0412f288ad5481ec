// The agency directory: one global table (agencies are public data, shared by every organisation).
// Dialect-neutral like the rest of the schema: ISO text timestamps, JSON as text, integer booleans.
export interface AgenciesTable {
  /** Lowercase abbreviation from the directory ('cbp') or a slug (docs/decisions/0401-agency-ids.md). */
  id: string;
  parent_id: string | null;
  jurisdiction: string;
  name: string;
  abbreviation: string | null;
  description: string | null;
  /** JSON AgencyContacts (contacts.ts), empty keys left out. */
  contacts: string;
  /** JSON RequestTimeStats or null. */
  request_time_stats: string | null;
  /** Where the row's data comes from (URL or file name) and how old it is ('2017', '2026-11-28'). */
  source: string;
  source_date: string;
  /** 1 for invented agencies of the demo data: never a real contact. */
  example: number;
  /** JSON array of field names ('name', 'contacts.emails', ...) a person edited: imports keep them. */
  edited_fields: string;
  /** Who last changed the row by hand (actor string as in the audit log), if anyone. */
  edited_by: string | null;
  created_at: string;
  updated_at: string;
  /** ' word word ': folded words of name, abbreviation and id; `?q=` matches word beginnings. */
  search_text: string;
  /** Folded name, the list order (with id as tie-break for the cursor). */
  sort_key: string;
}

export interface AgenciesTables {
  agencies: AgenciesTable;
}
