// Tables of organisations, people, their roles and credentials. Timestamps are ISO text; booleans
// are integers (one dialect-neutral schema for SQLite and PostgreSQL).
export type Role = 'owner' | 'editor' | 'viewer';

export interface OrganisationsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  /** Stored lowercased; unique. */
  email: string;
  name: string;
  /** argon2id PHC string. */
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  organisation_id: string;
  name: string;
  /** SHA-256 hex of the token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 hex of the cookie value. */
  id_hash: string;
  user_id: string;
  organisation_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface AccountsTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
}
