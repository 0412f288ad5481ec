// The load generator of bench/api.bench.ts, in its own process so it never shares an event loop
// with the bench driver or the server: `node bench/api-load.mjs '<json options>'` runs autocannon
// (a short unmeasured warm-up, then the measured run) and prints one JSON line with the figures.
import autocannon from 'autocannon';

const { url, paths, headers, connections, duration } = JSON.parse(process.argv[2]);
let i = 0;
const requests = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }];
// Warm-up (JIT, SQLite page cache, statement cache) is not measured.
const warm = await autocannon({ url, connections: 10, duration: 2, headers, requests });
const r = await autocannon({ url, connections, duration, headers, requests });
process.stdout.write(JSON.stringify({
  p50_ms: r.latency.p50, p90_ms: r.latency.p90, p99_ms: r.latency.p99, max_ms: r.latency.max, rps: Math.round(r.requests.average), non2xx: r.non2xx,
  errors: r.errors + r.timeouts, bytes_per_response: Math.round(r.throughput.total / Math.max(1, r.requests.total)),
  // every response the server sent (warm-up included), to divide the server's CPU time by
  responses: warm.requests.total + r.requests.total,
}) + '\n');
