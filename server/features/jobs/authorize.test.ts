// The jobs' authorisation rule, per role: members watch, owners and editors start, other
// organisations see nothing, private results go to their starter and owners.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor';
import { decideJob } from './authorize';

const user = (role: 'owner' | 'editor' | 'viewer' | null, organisationId: string | null = 'org-a', userId = `u-${role}`): Actor =>
  ({ kind: 'user', userId, email: `${userId}@example.test`, name: userId, organisationId, role, via: 'token' });

const job = (restricted: boolean, created_by = 'u-editor') => ({ type: 'job' as const, organisation_id: 'org-a', created_by, restricted });

describe('job authorisation', () => {
  it('lets every member watch, and hides the job from other organisations and from members without a role', () => {
    for (const role of ['owner', 'editor', 'viewer'] as const) expect(decideJob(user(role), 'job:read', job(false))).toBe('allow');
    expect(decideJob(user('owner', 'org-b'), 'job:read', job(false))).toBe('hidden');
    expect(decideJob(user(null), 'job:read', job(false))).toBe('hidden');
    expect(decideJob({ kind: 'anonymous' }, 'job:read', job(false))).toBe('unauthenticated');
    expect(decideJob({ kind: 'system', label: 'cli' }, 'job:read', job(true))).toBe('allow');
  });

  it('lets only owners and editors of the organisation they act in start work', () => {
    const org = { type: 'organisation' as const, organisation_id: 'org-a' };
    expect(decideJob(user('owner'), 'job:start', org)).toBe('allow');
    expect(decideJob(user('editor'), 'job:start', org)).toBe('allow');
    expect(decideJob(user('viewer'), 'job:start', org)).toBe('forbidden');
    expect(decideJob(user('editor', null), 'job:start', { type: 'organisation', organisation_id: null })).toBe('forbidden');
  });

  it('gives a result holding private requests to its starter and owners only', () => {
    expect(decideJob(user('viewer'), 'job:download', job(false))).toBe('allow');
    expect(decideJob(user('viewer'), 'job:download', job(true))).toBe('forbidden');
    expect(decideJob(user('editor', 'org-a', 'u-other-editor'), 'job:download', job(true))).toBe('forbidden');
    expect(decideJob(user('editor'), 'job:download', job(true))).toBe('allow');
    expect(decideJob(user('owner'), 'job:download', job(true))).toBe('allow');
    expect(decideJob(user('owner', 'org-b'), 'job:download', job(false))).toBe('hidden');
  });
});
