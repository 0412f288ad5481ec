// A throwaway SMTP server for tests and benchmarks: it keeps (or just counts) what it receives.
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  from: string | null;
  to: string[];
  raw: Buffer;
}

export interface CaptureServer {
  port: number;
  url: string;
  received: CapturedMail[];
  close(): Promise<void>;
}

export async function startCaptureSmtp(options: { keep?: boolean; delayMs?: number } = {}): Promise<CaptureServer> {
  const received: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => options.keep !== false && chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        if (options.delayMs) setTimeout(() => callback(), options.delayMs);
        else callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const a = server.server.address();
      resolve(typeof a === 'object' && a ? a.port : 0);
    });
  });
  return { port, url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
