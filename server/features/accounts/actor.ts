// Who is asking. Resolved once per HTTP request (http/auth.ts) or built by the CLI, then passed
// to authorize() and to commands (which write it into the audit log).
import type { Role } from './tables';

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      name: string;
      /** The organisation the user is acting in (session choice, or the token's organisation). */
      organisationId: string | null;
      role: Role | null;
      via: 'session' | 'token';
      tokenId?: string;
      sessionIdHash?: string;
      csrfToken?: string;
    }
  /** The CLI, the demo loader, jobs: trusted code running with the operator's authority. */
  | { kind: 'system'; label: string; organisationId?: string | null };

export const anonymous: Actor = { kind: 'anonymous' };

export function systemActor(label = 'system', organisationId: string | null = null): Actor {
  return { kind: 'system', label, organisationId };
}

/** How the actor appears in the audit log. */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'anonymous';
  if (actor.kind === 'system') return actor.label;
  return actor.via === 'token' ? `user:${actor.userId}/token:${actor.tokenId}` : `user:${actor.userId}`;
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

export function actorOrganisationId(actor: Actor): string | null {
  if (actor.kind === 'user') return actor.organisationId;
  if (actor.kind === 'system') return actor.organisationId ?? null;
  return null;
}
