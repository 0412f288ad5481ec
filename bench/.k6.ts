import { compileHistories, computeDeadlineBatch, listJurisdictions, type DeadlineInput, type LegalEvent } from '../law/index';
import { formatIso, daysFromCivil } from '../law/engine/day-number';
const N = 300000;
// Deterministic generator (mulberry32) so every run times the same histories.
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const jurisdictions = listJurisdictions().map((j) => j.id);
const FEDERAL_AGENCIES = ['dhs', 'cbp', 'ice', 'uscis', 'fema', 'doj', 'atf', 'doi', 'bia', 'nasa', 'epa', 'ssa', null];
const FIRST = daysFromCivil(2015, 1, 1), LAST = daysFromCivil(2030, 12, 31);

function history(): DeadlineInput {
  // Half federal (the common case), half spread over every other jurisdiction there is.
  const jurisdiction = jurisdictions.length === 1 || rand() < 0.5 ? 'us-federal' : pick(jurisdictions);
  const r = int(FIRST, LAST);
  const ev: { d: number; s: number; kind: LegalEvent['kind'] }[] = [];
  let s = 0;
  const push = (d: number, kind: LegalEvent['kind']) => ev.push({ d, s: s++, kind });
  if (rand() < 0.15) push(r + int(0, 2), 'expedited-requested');
  if (rand() < 0.3) {
    const c = r + int(1, 20);
    push(c, 'clarification-requested');
    push(c + int(0, 25), 'clarification-answered');
  }
  if (rand() < 0.2) {
    const c = r + int(1, 30);
    push(c, 'fee-notice');
    push(c + int(0, 20), 'fee-resolved');
  }
  if (rand() < 0.1) {
    const c = r + int(5, 40); // a second clarification (does not toll)
    push(c, 'clarification-requested');
    push(c + int(0, 10), 'clarification-answered');
  }
  if (rand() < 0.25) push(r + int(5, 40), 'unusual-circumstances');
  ev.sort((a, b) => a.d - b.d || a.s - b.s);
  let last = ev.length ? ev[ev.length - 1].d : r;
  const end = rand();
  if (end < 0.45) {
    last += int(5, 60);
    push(last, 'adverse-determination');
    if (rand() < 0.5) {
      last += int(5, 100);
      push(last, 'appeal-received');
      if (rand() < 0.5) push((last += int(3, 40)), 'appeal-decided');
    }
  } else if (end < 0.65) push((last += int(5, 60)), 'determination');
  if (rand() < 0.05) push(last + int(1, 60), 'suit-filed');
  return {
    jurisdiction,
    agency: jurisdiction === 'us-federal' ? pick(FEDERAL_AGENCIES) : null,
    received: formatIso(r),
    events: ev.map((e) => ({ kind: e.kind, date: formatIso(e.d) })),
  };
}


const inputs: DeadlineInput[] = [];
for (let i = 0; i < N; i++) inputs.push(history());
const b = compileHistories(inputs);
let res = computeDeadlineBatch(b);
const rates = [];
for (let round = 0; round < 15; round++) {
  const t = process.cpuUsage(); res = computeDeadlineBatch(b, res); const k = process.cpuUsage(t).user / 1e6;
  rates.push(b.n / k / 1e6);
}
rates.sort((a,b)=>a-b);
console.log(process.argv[2] ?? '', 'median', rates[7].toFixed(1), 'max', rates[14].toFixed(1));
