// The authorisation rule for every role, anonymous and system, on every kind of resource.
import { describe, expect, it } from 'vitest';
import { anonymous, systemActor, type Actor } from './actor';
import { authorize, can, decide, type Action } from './authorize';
import type { Role } from './tables';

const user = (role: Role | null, org = 'org-a', id = 'u1'): Actor => ({ kind: 'user', userId: id, email: `${id}@x`, name: id, organisationId: org, role, via: 'token' });
const req = (visibility: 'private' | 'organisation' | 'public', created_by: string | null = 'creator', organisation_id = 'org-a') =>
  ({ type: 'request' as const, organisation_id, visibility, created_by });
const org = { type: 'organisation' as const, organisation_id: 'org-a' };

describe('authorize: requests', () => {
  const cases: [string, Actor, 'private' | 'organisation' | 'public', { read: string; write: string }][] = [
    ['anonymous / public', anonymous, 'public', { read: 'allow', write: 'unauthenticated' }],
    ['anonymous / organisation', anonymous, 'organisation', { read: 'unauthenticated', write: 'unauthenticated' }],
    ['anonymous / private', anonymous, 'private', { read: 'unauthenticated', write: 'unauthenticated' }],
    ['viewer / public', user('viewer'), 'public', { read: 'allow', write: 'forbidden' }],
    ['viewer / organisation', user('viewer'), 'organisation', { read: 'allow', write: 'forbidden' }],
    ['viewer / private (not creator)', user('viewer'), 'private', { read: 'hidden', write: 'hidden' }],
    ['editor / organisation', user('editor'), 'organisation', { read: 'allow', write: 'allow' }],
    ['editor / private (not creator)', user('editor'), 'private', { read: 'hidden', write: 'hidden' }],
    ['editor / private (creator)', user('editor', 'org-a', 'creator'), 'private', { read: 'allow', write: 'allow' }],
    ['owner / private', user('owner'), 'private', { read: 'allow', write: 'allow' }],
    ['owner of another org / public', user('owner', 'org-b'), 'public', { read: 'allow', write: 'forbidden' }],
    ['owner of another org / organisation', user('owner', 'org-b'), 'organisation', { read: 'hidden', write: 'hidden' }],
    ['owner of another org / private', user('owner', 'org-b'), 'private', { read: 'hidden', write: 'hidden' }],
    ['signed in, no role / organisation', user(null), 'organisation', { read: 'hidden', write: 'hidden' }],
    ['system / private', systemActor('cli'), 'private', { read: 'allow', write: 'allow' }],
  ];
  for (const [name, actor, visibility, expected] of cases) {
    it(name, () => {
      expect(decide(actor, 'request:read', req(visibility))).toBe(expected.read);
      expect(decide(actor, 'request:write', req(visibility))).toBe(expected.write);
    });
  }
});

describe('authorize: organisation actions', () => {
  const table: [string, Actor, Record<'request:create' | 'organisation:read' | 'organisation:manage' | 'audit:read' | 'agency:write', boolean>][] = [
    ['owner', user('owner'), { 'request:create': true, 'organisation:read': true, 'organisation:manage': true, 'audit:read': true, 'agency:write': true }],
    ['editor', user('editor'), { 'request:create': true, 'organisation:read': true, 'organisation:manage': false, 'audit:read': false, 'agency:write': true }],
    ['viewer', user('viewer'), { 'request:create': false, 'organisation:read': true, 'organisation:manage': false, 'audit:read': false, 'agency:write': false }],
    ['owner elsewhere', user('owner', 'org-b'), { 'request:create': false, 'organisation:read': false, 'organisation:manage': false, 'audit:read': false, 'agency:write': true }],
    ['editor elsewhere', user('editor', 'org-b'), { 'request:create': false, 'organisation:read': false, 'organisation:manage': false, 'audit:read': false, 'agency:write': true }],
    ['viewer elsewhere', user('viewer', 'org-b'), { 'request:create': false, 'organisation:read': false, 'organisation:manage': false, 'audit:read': false, 'agency:write': false }],
    ['signed in, no role', user(null), { 'request:create': false, 'organisation:read': false, 'organisation:manage': false, 'audit:read': false, 'agency:write': false }],
    ['anonymous', anonymous, { 'request:create': false, 'organisation:read': false, 'organisation:manage': false, 'audit:read': false, 'agency:write': false }],
  ];
  for (const [name, actor, expected] of table) {
    it(name, () => {
      for (const [action, allowed] of Object.entries(expected)) expect([action, can(actor, action as Action, org)]).toEqual([action, allowed]);
    });
  }

  it('throws 401 for anonymous, 403 with the role needed, 404 for hidden requests', () => {
    expect(() => authorize(anonymous, 'audit:read', org)).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => authorize(user('viewer'), 'request:create', org)).toThrow(expect.objectContaining({ status: 403, detail: expect.stringContaining('editor') }));
    expect(() => authorize(user('viewer'), 'request:read', req('private'))).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('agency directory: owners and editors may edit and import, viewers get 403 naming both roles, anonymous 401', () => {
    const instance = { type: 'instance' as const };
    expect(() => authorize(user('owner'), 'agency:write', instance)).not.toThrow();
    expect(() => authorize(user('editor'), 'agency:write', instance)).not.toThrow();
    expect(() => authorize(user('viewer'), 'agency:write', instance)).toThrow(expect.objectContaining({ status: 403, detail: expect.stringContaining('owner or editor') }));
    expect(() => authorize(user(null), 'agency:write', instance)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(anonymous, 'agency:write', instance)).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => authorize(systemActor('cli'), 'agency:write', instance)).not.toThrow();
  });
});

describe('authorize: organisation administration (docs/decisions/0320)', () => {
  const instance = { type: 'instance' as const };
  it('only owners (where they act) and system actors create organisations', () => {
    expect(can(user('owner'), 'organisation:create', instance)).toBe(true);
    expect(can(user('editor'), 'organisation:create', instance)).toBe(false);
    expect(can(user('viewer'), 'organisation:create', instance)).toBe(false);
    expect(can(user(null), 'organisation:create', instance)).toBe(false);
    expect(can(systemActor('cli'), 'organisation:create', instance)).toBe(true);
    expect(() => authorize(anonymous, 'organisation:create', instance)).toThrow(expect.objectContaining({ status: 401 }));
  });

  it('owners remove anyone, members only themselves, outsiders nobody', () => {
    const self = (role: Role, orgId = 'org-a') => user(role, orgId, 'me');
    const m = (userId: string) => ({ type: 'membership' as const, organisation_id: 'org-a', user_id: userId });
    expect(can(self('owner'), 'membership:remove', m('someone'))).toBe(true);
    expect(can(self('editor'), 'membership:remove', m('someone'))).toBe(false);
    expect(can(self('viewer'), 'membership:remove', m('me'))).toBe(true);
    expect(can(self('owner', 'org-b'), 'membership:remove', m('someone'))).toBe(false);
    expect(() => authorize(anonymous, 'membership:remove', m('x'))).toThrow(expect.objectContaining({ status: 401 }));
  });

  it('a token may be revoked by its user and by owners of its organisation; to others it does not exist', () => {
    const as = (role: Role, userId: string, orgId = 'org-a') => user(role, orgId, userId);
    const tok = { type: 'token' as const, organisation_id: 'org-a', user_id: 'u1' };
    expect(can(as('viewer', 'u1'), 'token:revoke', tok)).toBe(true);
    expect(can(as('viewer', 'u1', 'org-b'), 'token:revoke', tok)).toBe(true);
    expect(can(as('owner', 'u2'), 'token:revoke', tok)).toBe(true);
    expect(() => authorize(as('editor', 'u2'), 'token:revoke', tok)).toThrow(expect.objectContaining({ status: 404, detail: 'API token not found.' }));
    expect(() => authorize(as('owner', 'u2', 'org-b'), 'token:revoke', tok)).toThrow(expect.objectContaining({ status: 404 }));
  });
});
