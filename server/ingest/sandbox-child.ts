// The child process side of runIsolated(): receives one file, runs the pipeline, sends the result.
import { runPipeline, type IngestInput } from './pipeline';
import type { IngestLimits } from './limits';

process.on('message', async (msg: { input: IngestInput & { data: Uint8Array }; limits: IngestLimits }) => {
  const input = { ...msg.input, data: Buffer.from(msg.input.data) };
  const result = await runPipeline(input, msg.limits);
  process.send!({ result }, () => process.exit(0));
});
process.send!({ ready: true });
