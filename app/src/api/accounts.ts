// Organisations, members and API tokens (server/features/accounts/administration-routes.ts):
// shapes, query keys and the mutations the Settings scene uses.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, del, get, patchJson, post, setCsrfToken } from './client';
import type { Session } from './types';
import { SESSION_KEY } from '../session/useSession';

export type Role = 'owner' | 'editor' | 'viewer';
export const ROLES: Role[] = ['owner', 'editor', 'viewer'];

export interface Member { user_id: string; email: string; name: string; role: Role; joined_at: string; disabled: boolean }
export interface ApiToken {
  id: string;
  name: string;
  user: { id: string; email: string };
  organisation: { id: string; name: string };
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
export interface CreatedToken { id: string; token: string; organisation_id: string }
export interface AddedMember { user: { id: string; email: string; name: string }; role: Role; created_user: boolean; initial_password?: string }

export const membersKey = (orgId: string) => ['members', orgId] as const;
export const TOKENS_KEY = ['tokens'] as const;
export const organisationTokensKey = (orgId: string) => ['organisation-tokens', orgId] as const;

export function useMembers(orgId: string | null) {
  return useQuery({
    queryKey: membersKey(orgId ?? ''),
    queryFn: async () => (await get<{ items: Member[] }>(`/api/v1/organisations/${encodeURIComponent(orgId!)}/members`)).items,
    enabled: orgId !== null,
  });
}

export function useMyTokens() {
  return useQuery({ queryKey: TOKENS_KEY, queryFn: async () => (await get<{ items: ApiToken[] }>('/api/v1/tokens')).items });
}

export function useOrganisationTokens(orgId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: organisationTokensKey(orgId ?? ''),
    queryFn: async () => (await get<{ items: ApiToken[] }>(`/api/v1/organisations/${encodeURIComponent(orgId!)}/tokens`)).items,
    enabled: enabled && orgId !== null,
  });
}

/** Switching organisation: everything cached belongs to the previous one (as the shell's switcher does). */
export function useSwitchOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<Session>('/api/v1/session/organisation', { organisation_id: id }),
    onSuccess: async (s) => {
      setCsrfToken(s.csrf_token);
      qc.setQueryData(SESSION_KEY, s);
      await qc.resetQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      await qc.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}

export function useCreateOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => post<{ id: string; name: string; role: Role }>('/api/v1/organisations', { name }),
    onSuccess: () => qc.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}

export function useMemberMutations(orgId: string) {
  const qc = useQueryClient();
  const refresh = () => Promise.all([
    qc.invalidateQueries({ queryKey: membersKey(orgId) }),
    qc.invalidateQueries({ queryKey: organisationTokensKey(orgId) }),
    qc.invalidateQueries({ queryKey: SESSION_KEY }),
  ]);
  const base = `/api/v1/organisations/${encodeURIComponent(orgId)}/members`;
  return {
    add: useMutation({
      mutationFn: (m: { email: string; role: Role; name?: string }) => post<AddedMember>(base, m),
      onSuccess: refresh,
    }),
    changeRole: useMutation({
      mutationFn: (m: { userId: string; role: Role }) => patchJson<{ user_id: string; role: Role }>(`${base}/${encodeURIComponent(m.userId)}`, { role: m.role }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (userId: string) => del<void>(`${base}/${encodeURIComponent(userId)}`),
      onSuccess: refresh,
    }),
  };
}

export function useTokenMutations() {
  const qc = useQueryClient();
  const refresh = () => Promise.all([
    qc.invalidateQueries({ queryKey: TOKENS_KEY }),
    qc.invalidateQueries({ queryKey: ['organisation-tokens'] }),
  ]);
  return {
    create: useMutation({ mutationFn: (name: string) => post<CreatedToken>('/api/v1/tokens', { name }), onSuccess: refresh }),
    revoke: useMutation({ mutationFn: (id: string) => del<void>(`/api/v1/tokens/${encodeURIComponent(id)}`), onSuccess: refresh }),
  };
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (p: { current_password: string; new_password: string }) => api<{ ended_sessions: number }>('PUT', '/api/v1/session/password', p),
  });
}
