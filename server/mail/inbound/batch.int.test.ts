// Messages accepted in one group commit are processed by one job (decision 0606): read side by
// side, blobs written together, recorded in one transaction — each message still exactly once.
import { expect, it } from 'vitest';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describeEachDatabase } from '../../test/databases';
import { createOrganisation } from '../../test/factories';
import { createWorker } from '../../jobs/worker';
import { mailBlobs } from '../blobs';
import { mailJobHandlers } from '../handlers';
import { processMessageJob } from '../jobs';
import { acceptRawMessage, PROCESS_BATCH } from './accept';
import { processMessages } from './processMessage';

function compose(opts: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new Promise((resolve, reject) => new MailComposer(opts).compile().build((err, msg) => (err ? reject(err) : resolve(msg))));
}

describeEachDatabase('mail: batched processing', (t) => {
  it('processes a group-committed batch in one job, each message once, with its attachment stored', async () => {
    t().clock.set(new Date(Date.now() + 60_000).toISOString());
    const org = await createOrganisation(t().ctx, 'batch');
    const app = await t().app();
    const addresses: { id: string; address: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/requests', headers: org.editor.headers, payload: { title: `Batch ${i}`, text: 'Records.', jurisdiction: 'us-federal' } });
      expect(r.statusCode, r.body).toBe(201);
      const detail = (await app.inject({ method: 'GET', url: `/api/v1/requests/${r.json().id}`, headers: org.editor.headers })).json();
      addresses.push({ id: detail.id, address: detail.reply_address });
    }
    const count = PROCESS_BATCH + 3; // more than one job's worth
    const raws = await Promise.all(Array.from({ length: count }, (_, i) => compose({
      from: 'FOIA Office <foia@agency.example.gov>', to: addresses[i % 3].address, subject: `Re: request (${i})`,
      messageId: `<batch-${i}-${Date.now()}@agency.example.gov>`,
      text: `Your request has been assigned BATCH-2026-${String(i).padStart(4, '0')}.`,
      attachments: [{ filename: `letter-${i}.pdf`, content: Buffer.from(`%PDF-1.4\n% letter ${i}\n%%EOF\n`), contentType: 'application/pdf' }],
    })));
    // All accepted in the same tick: one group commit; the first message also arrives twice.
    const accepted = await Promise.all([...raws, raws[0]].map((raw, i) =>
      acceptRawMessage(t().ctx, raw, { source: 'smtp', envelopeTo: [addresses[i % count % 3].address] })));
    expect(accepted.filter((a) => a.duplicate)).toHaveLength(1);
    const ids = accepted.slice(0, count).map((a) => a.id);

    const jobs = await t().ctx.db.selectFrom('jobs').select(['payload']).where('name', '=', processMessageJob.name).where('key', 'in', ids).execute();
    const payloads = jobs.map((j) => JSON.parse(j.payload) as { messageRowId: string; more?: string[] });
    expect(payloads).toHaveLength(2);
    expect(payloads.flatMap((p) => [p.messageRowId, ...(p.more ?? [])]).sort()).toEqual([...ids].sort());

    // Mail jobs only: the records pipeline's reading of the PDFs is not what is tested here.
    await createWorker(t().ctx, { handlers: mailJobHandlers, sweeps: [] }).drain();
    const rows = await t().ctx.db.selectFrom('messages').select(['id', 'status', 'request_id']).where('id', 'in', ids).execute();
    expect(rows).toHaveLength(count);
    for (const row of rows) {
      expect(row.status).toBe('processed');
      expect(row.request_id).toBe(addresses[ids.indexOf(row.id) % 3].id);
    }
    const attachments = await t().ctx.db.selectFrom('message_attachments').select(['message_id', 'sha256']).where('message_id', 'in', ids).execute();
    expect(attachments.map((a) => a.message_id).sort()).toEqual([...ids].sort());
    for (const a of attachments) expect(await mailBlobs(t().ctx).has(a.sha256)).toBe(true);
    const audits = await t().ctx.db.selectFrom('audit_events').select('subject_id').where('action', '=', 'message.receive').where('subject_id', 'in', ids).execute();
    expect(audits).toHaveLength(count);

    // Running the same batch again (a job taken over after its lock expired) records nothing twice.
    expect(await processMessages(t().ctx, ids)).toMatchObject({ status: 'skipped' });
    const again = await t().ctx.db.selectFrom('message_attachments').select('id').where('message_id', 'in', ids).execute();
    expect(again).toHaveLength(count);
  });
});
