// The shape of an agency's contact details, shared by the bundled federal directory, CSV imports,
// the database (stored as JSON text) and the API. Empty means "not in the source", never guessed.

export interface PostalAddress {
  /** Lines above the street (person, office, room, mail stop), in the source's order. */
  lines: string[];
  street: string | null;
  city: string | null;
  /** State, province or department. */
  region: string | null;
  postal_code: string | null;
  /** ISO 3166 alpha-2, upper case ('US', 'MX'); null when the source does not say. */
  country: string | null;
}

export interface ContactPerson {
  name: string | null;
  phones: string[];
}

export interface OtherContact extends ContactPerson {
  /** The role as the source names it ("FOIA Assistant"). */
  role: string;
}

export interface ReadingRoom {
  title: string;
  url: string;
}

export interface AgencyContacts {
  /** Name of the FOIA office when it differs from the agency's own name ("Headquarters"). */
  office: string | null;
  emails: string[];
  phones: string[];
  fax: string | null;
  address: PostalAddress | null;
  website: string | null;
  request_form: string | null;
  foia_officer: ContactPerson | null;
  public_liaison: ContactPerson | null;
  service_center: ContactPerson | null;
  other_contacts: OtherContact[];
  reading_rooms: ReadingRoom[];
  notes: string | null;
}

/** The contact fields a person can edit or an import can change, one by one. */
export const CONTACT_FIELDS = [
  'office',
  'emails',
  'phones',
  'fax',
  'address',
  'website',
  'request_form',
  'foia_officer',
  'public_liaison',
  'service_center',
  'other_contacts',
  'reading_rooms',
  'notes',
] as const satisfies readonly (keyof AgencyContacts)[];

export type ContactField = (typeof CONTACT_FIELDS)[number];

export function emptyContacts(): AgencyContacts {
  return {
    office: null,
    emails: [],
    phones: [],
    fax: null,
    address: null,
    website: null,
    request_form: null,
    foia_officer: null,
    public_liaison: null,
    service_center: null,
    other_contacts: [],
    reading_rooms: [],
    notes: null,
  };
}

/** Fills the keys a compact (bundled or stored) record leaves out. */
export function completeContacts(partial: Partial<AgencyContacts> | null | undefined): AgencyContacts {
  return { ...emptyContacts(), ...(partial ?? {}) };
}

/** Drops empty keys so the bundled file and stored JSON stay small; completeContacts() undoes it. */
export function compactContacts(c: AgencyContacts): Partial<AgencyContacts> {
  const out: Record<string, unknown> = {};
  for (const key of CONTACT_FIELDS) {
    const v = c[key];
    if (v === null || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return out as Partial<AgencyContacts>;
}
