// loadDemo(ctx): the demo data, on first start (server/main.ts calls it unless ACCESO_DEMO=0).
// "First start" = no user yet. Once the demo admin exists, later starts only add what is missing
// (an example whose jurisdiction the law engine did not know yet); an instance set up by a real
// user without the demo never gets it. Idempotent: each request is recognised by its demo tag.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths';
import type { AppContext } from '../context';
import { inTransaction } from '../db/transaction';
import { isAppError } from '../errors';
import { todayIso } from '../ids';
import { systemActor } from '../features/accounts/actor';
import { createUser } from '../features/accounts/create-user';
import { countUsers, findUserByEmail, membershipsOf } from '../features/accounts/repository';
import { importAgencies } from '../features/agencies/commands/importAgencies';
import { seedFederalDirectory } from '../features/agencies/commands/seedFederalDirectory';
import { readCsvSource } from '../features/agencies/import/readSource';
import { createRequest } from '../features/requests/create-request';
import { EXAMPLES } from './examples';
import { FOUNDING_CASE, type DemoRequest } from './founding-case';
import { demoRequestExists, demoTag } from './repository';

export const DEMO_ADMIN_EMAIL = 'admin@acceso.local';
export const DEMO_ORGANISATION = 'Demo organisation';
const actor = (orgId: string | null = null) => systemActor('system:demo', orgId);

export interface DemoResult {
  /** Set only on the start that created the admin: shown once, never stored in clear. */
  adminPassword?: string;
  /** Demo requests created on this start (by key). */
  created: string[];
  /** Examples left out on this start, with the reason (e.g. the law engine lacks that jurisdiction). */
  skipped: { key: string; reason: string }[];
}

export async function loadDemo(ctx: AppContext, options: { print?: boolean } = {}): Promise<DemoResult> {
  const result: DemoResult = { created: [], skipped: [] };
  await seedFederalDirectory(ctx.db);

  let admin = await findUserByEmail(ctx.db, DEMO_ADMIN_EMAIL);
  if (!admin && (await countUsers(ctx.db)) > 0) {
    ctx.logger.info('demo data not loaded: this instance already has users');
    return result;
  }
  let organisationId: string;
  if (!admin) {
    const password = randomBytes(18).toString('base64url');
    organisationId = await inTransaction(ctx.db, async (trx) =>
      (await createUser(trx, actor(), { email: DEMO_ADMIN_EMAIL, name: 'Demo admin', password, role: 'owner', organisationName: DEMO_ORGANISATION })).organisationId);
    result.adminPassword = password;
    admin = await findUserByEmail(ctx.db, DEMO_ADMIN_EMAIL);
  } else {
    const orgs = await membershipsOf(ctx.db, admin.id);
    const org = orgs.find((o) => o.name === DEMO_ORGANISATION) ?? orgs[0];
    if (!org) {
      ctx.logger.warn(`demo data not completed: ${DEMO_ADMIN_EMAIL} belongs to no organisation`);
      return result;
    }
    organisationId = org.id;
  }

  // The example agencies go through the same CSV import people use, marked as examples.
  const csv = readFileSync(fromRoot('server/demo/agencies.csv'), 'utf8');
  const agencies = readCsvSource(csv, 'server/demo/agencies.csv', { source: 'Acceso demo data', sourceDate: '2026-11', example: true });
  const report = await inTransaction(ctx.db, (trx) => importAgencies(trx, actor(organisationId), { ...agencies, dryRun: false, action: 'agency.import.demo' }));
  if (report.rejected.length) throw new Error(`demo agencies did not import: ${report.rejected.map((r) => `${r.where}: ${r.reason}`).join('; ')}`);

  const today = todayIso('UTC', ctx.clock.now());
  for (const demo of [...FOUNDING_CASE, ...EXAMPLES]) {
    if (await demoRequestExists(ctx.db, organisationId, demo.key)) continue;
    try {
      await createDemoRequest(ctx, organisationId, demo, today);
      result.created.push(demo.key);
    } catch (e) {
      // The founding case must load; an example may wait for its jurisdiction's rules.
      if (!isAppError(e) || FOUNDING_CASE.includes(demo)) throw e;
      result.skipped.push({ key: demo.key, reason: e.detail });
      ctx.logger.warn({ key: demo.key, reason: e.detail }, 'demo example not loaded yet');
    }
  }

  if (result.adminPassword && options.print !== false) {
    process.stderr.write(
      `\nDemo data loaded. Sign in as ${DEMO_ADMIN_EMAIL} with the password\n\n    ${result.adminPassword}\n\n` +
      'It is shown only this once (only its hash is stored). ACCESO_DEMO=0 skips the demo on a new install.\n\n',
    );
  }
  return result;
}

async function createDemoRequest(ctx: AppContext, organisationId: string, demo: DemoRequest, today: string): Promise<void> {
  await inTransaction(ctx.db, (trx) =>
    createRequest(trx, actor(organisationId), { ...demo.input, tags: [...demo.input.tags, demoTag(demo.key)] }, today, organisationId));
}
