// The child process side of runIsolated()/renderIsolated(): receives one file, runs the pipeline
// (or draws one page), sends the result back, exits.
import { runPipeline, type IngestInput } from './pipeline';
import type { IngestLimits } from './limits';
import { openPdf } from './steps/pdfjs';
import { renderPdfPage } from './steps/ocr';

type Message =
  | { input: IngestInput & { data: Uint8Array }; limits: IngestLimits }
  | { render: { data: Uint8Array; page: number; scale: number } };

process.on('message', async (msg: Message) => {
  if ('render' in msg) {
    try {
      const pdf = await openPdf(Buffer.from(msg.render.data));
      const png = await renderPdfPage(pdf, msg.render.page, msg.render.scale);
      process.send!({ png: new Uint8Array(png) }, () => process.exit(0));
    } catch (e) {
      process.send!({ error: (e as Error)?.message ?? String(e) }, () => process.exit(0));
    }
    return;
  }
  const input = { ...msg.input, data: Buffer.from(msg.input.data) };
  const result = await runPipeline(input, msg.limits);
  process.send!({ result }, () => process.exit(0));
});
process.send!({ ready: true });
