// Mail for browser tests: a message sent to the server's own SMTP listener, a one-page PDF made
// on the spot (nothing downloaded), and polling for background work to finish.
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function sendMail(port: number, message: SendMailOptions): Promise<void> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail(message);
  } finally {
    transport.close();
  }
}

export async function pdfWith(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText(text, { x: 50, y: 700, size: 12, font });
  return Buffer.from(await doc.save());
}

export async function waitFor<T>(probe: () => Promise<T | null>, ms: number, what: string): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
