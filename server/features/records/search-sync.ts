// Keeps requests and messages in the search index without their features having to call it: a
// sweep indexes (replaces) every request and message changed since the last run, by updated_at.
// Features may still call indexSearchItem() themselves for immediate results.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import type { AppContext } from '../../context';
import { defineSweep } from '../../jobs/define';
import { indexSearchItem } from '../../search';

const BATCH = 500;

async function watermark(db: Executor, source: string): Promise<string> {
  const r = await db.selectFrom('search_sync').select('updated_at').where('source', '=', source).executeTakeFirst();
  return r?.updated_at ?? '';
}

async function advance(db: Executor, source: string, to: string): Promise<void> {
  await db.insertInto('search_sync').values({ source, updated_at: to })
    .onConflict((oc) => oc.column('source').doUpdateSet({ updated_at: to })).execute();
}

function messageText(summary: string): string {
  try {
    const s = JSON.parse(summary) as Record<string, unknown>;
    for (const k of ['text', 'body', 'bodyText']) if (typeof s[k] === 'string') return s[k] as string;
  } catch { /* a summary that is not JSON has no body to index; subject and sender still are */ }
  return '';
}

export async function syncSearch(ctx: AppContext): Promise<number> {
  let n = 0;
  await inTransaction(ctx.db, async (trx) => {
    const since = await watermark(trx, 'requests');
    const rows = await trx.selectFrom('requests').select(['id', 'title', 'text', 'tracking_number', 'agency_id', 'filed_on', 'created_at', 'updated_at'])
      .where('updated_at', '>', since).orderBy('updated_at').limit(BATCH).execute();
    for (const r of rows) {
      await indexSearchItem(trx, { kind: 'request', refId: r.id, requestId: r.id, agencyId: r.agency_id, date: r.filed_on ?? r.created_at.slice(0, 10), body: [r.title, r.tracking_number ?? '', r.text].join('\n') });
    }
    if (rows.length) await advance(trx, 'requests', rows[rows.length - 1].updated_at);
    n += rows.length;
  });
  const hasMessages = await sql`select 1 from messages limit 1`.execute(ctx.db).then(() => true, () => false);
  if (!hasMessages) return n;
  await inTransaction(ctx.db, async (trx) => {
    const since = await watermark(trx, 'messages');
    const rows = await trx.selectFrom('messages').select(['id', 'request_id', 'subject', 'from_name', 'from_address', 'summary', 'received_at', 'updated_at'])
      .where('updated_at', '>', since).orderBy('updated_at').limit(BATCH).execute();
    for (const m of rows) {
      const agency = m.request_id ? await trx.selectFrom('requests').select('agency_id').where('id', '=', m.request_id).executeTakeFirst() : undefined;
      await indexSearchItem(trx, {
        kind: 'message', refId: m.id, requestId: m.request_id, agencyId: agency?.agency_id ?? null, date: m.received_at.slice(0, 10),
        body: [m.subject ?? '', [m.from_name, m.from_address].filter(Boolean).join(' '), messageText(m.summary)].join('\n'),
      });
    }
    if (rows.length) await advance(trx, 'messages', rows[rows.length - 1].updated_at);
    n += rows.length;
  });
  return n;
}

export const searchSyncSweep = defineSweep({ name: 'records.search-sync', everyMs: 30_000, run: syncSearch });
