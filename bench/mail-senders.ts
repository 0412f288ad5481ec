// The client side of bench:mail, run in its own process so that it does not share an event loop
// with the server it measures. Builds `count` distinct ~50 KB messages (text + one PDF), each to a
// reply address from the list, then sends them over `senders` concurrent SMTP connections and
// prints one JSON line: timings of each transaction up to the 250 answer (not counting the
// connection set-up, done before the clock starts).
//   node --import tsx bench/mail-senders.ts <port> <count> <senders> <addresses.json> [rate]
// With `rate` (messages per second over all senders) message j is due at start + j / rate and its
// time is counted from that moment, not from when a sender got to it, so a server that falls
// behind is charged for the wait (no coordinated omission). Without it the senders send as fast
// as the server answers (saturation).
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const [port, count, senders] = process.argv.slice(2, 5).map(Number);
const addresses = JSON.parse(readFileSync(process.argv[5], 'utf8')) as string[];
const rate = process.argv[6] ? Number(process.argv[6]) : 0;

async function pdfOf(kb: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let size = 0;
  for (let p = 0; size < kb * 1024; p++) {
    const page = doc.addPage();
    for (let l = 0; l < 50; l++) page.drawText(`Page ${p + 1} line ${l + 1}: responsive records, partially released under exemption (b)(6). ${Math.random()}`, { x: 40, y: 780 - l * 15, size: 9, font });
    size = (await doc.save({ useObjectStreams: false })).length;
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function compose(opts: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new Promise((resolve, reject) => new MailComposer(opts).compile().build((err, msg) => (err ? reject(err) : resolve(msg))));
}

const pdf = await pdfOf(30);
const text = 'This letter responds to your Freedom of Information Act request. '.repeat(150);
const raws: { to: string; raw: Buffer }[] = [];
for (let i = 0; i < count; i++) {
  const to = addresses[i % addresses.length];
  raws.push({
    to,
    raw: await compose({
      from: 'FOIA Office <foia@agency.example.gov>', to, subject: `Re: your request (${i})`, messageId: `<bench-${process.pid}-${i}@agency.example.gov>`,
      text: `Your request has been assigned 2026-BENCH-${String(i).padStart(5, '0')}.\n\n${text}`,
      // Each message's PDF is distinct (a numbered comment after %%EOF, which readers ignore), as
      // real responses are: the blob store cannot skip writing a PDF it already holds.
      attachments: [{ filename: `response-${i}.pdf`, content: Buffer.concat([pdf, Buffer.from(`\n% acceso-bench ${process.pid} ${i}\n`)]), contentType: 'application/pdf' }],
    }),
  });
}
const avgBytes = Math.round(raws.reduce((s, r) => s + r.raw.length, 0) / raws.length);

// The sender's own event-loop delay: a stalled client inflates the times it measures.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const latencies: number[] = [];
let failed = 0;
let next = 0;
// Each sender opens its SMTP connection (greeting, EHLO) before the clock starts, then sends its
// messages on it one after another: a time to 250 is one SMTP transaction (MAIL, RCPT, DATA),
// never a connection set-up (which, 20 at once in a cold process, took ~190 ms and was the whole
// p99 of the bare-server baseline at 2,000 messages).
const connect = () => new Promise<SMTPConnection>((resolve, reject) => {
  const c = new SMTPConnection({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  c.once('error', reject);
  c.connect(() => { c.off('error', reject); resolve(c); });
});
const send = (c: SMTPConnection, to: string, raw: Buffer) => new Promise<void>((resolve, reject) =>
  c.send({ from: 'foia@agency.example.gov', to: [to] }, raw, (err) => (err ? reject(err) : resolve())));
const connections = await Promise.all(Array.from({ length: senders }, connect));
const start = Date.now();
const paceStart = performance.now();
await Promise.all(
  connections.map(async (first) => {
    let conn = first;
    for (;;) {
      const i = next++;
      if (i >= raws.length) break;
      let t0 = performance.now();
      if (rate > 0) {
        const due = paceStart + (i * 1000) / rate;
        if (due > t0) await new Promise((r) => setTimeout(r, due - t0));
        t0 = due;
      }
      try {
        await send(conn, raws[i].to, raws[i].raw);
        latencies.push(performance.now() - t0);
      } catch {
        failed++;
        // A refused message (4xx/5xx) leaves the session usable after RSET; a broken one is replaced.
        conn.close();
        conn = await connect();
      }
    }
    conn.quit();
  }),
);
const end = Date.now();
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? null;
process.stdout.write(JSON.stringify({ start, end, sent: latencies.length, failed, avg_bytes: avgBytes, p50_ms: q(0.5), p99_ms: q(0.99), max_ms: latencies[latencies.length - 1] ?? null, client_loop_delay_p99_ms: loopDelay.percentile(99) / 1e6, client_loop_delay_max_ms: loopDelay.max / 1e6 }) + '\n');
