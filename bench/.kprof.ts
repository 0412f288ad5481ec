import { compileHistories, computeDeadlineBatch, type DeadlineInput } from '/work/main/law/index';
import { baselineDeadlines, prepareBaseline } from '/work/main/bench/law-baseline';
import { formatIso, daysFromCivil } from '/work/main/law/engine/day-number';
import { listJurisdictions } from '/work/main/law/index';
const only = process.argv[2] ?? 'mixed';
const J = only === 'federal' ? ['us-federal'] : listJurisdictions().map(j => j.id);
let seed = 1; const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const inputs: DeadlineInput[] = [];
for (let i = 0; i < 200000; i++) {
  const r = daysFromCivil(2015,1,1) + Math.floor(rand()*5000);
  const ev = [] as any[];
  let d = r;
  if (rand() < 0.3) { d += 3; ev.push({kind:'clarification-requested', date: formatIso(d)}); d += 5; ev.push({kind:'clarification-answered', date: formatIso(d)}); }
  if (rand() < 0.45) { d += 30; ev.push({kind:'adverse-determination', date: formatIso(d)}); if (rand()<0.5) { d+= 20; ev.push({kind:'appeal-received', date: formatIso(d)}); } }
  inputs.push({ jurisdiction: J[Math.floor(rand()*J.length)], agency: null, received: formatIso(r), events: ev });
}
const b = compileHistories(inputs);
prepareBaseline([...new Set(listJurisdictions().map((j) => j.calendar))], 2000, 2060);
const out = new Int32Array(5);
for (let round = 0; round < 6; round++) {
  let t = process.cpuUsage(); computeDeadlineBatch(b); const k = process.cpuUsage(t).user / 1e6;
  t = process.cpuUsage(); for (let j = 0; j < b.n; j++) baselineDeadlines(b, b.order[j], out); const bl = process.cpuUsage(t).user / 1e6;
  console.log(`kernel ${(b.n / k / 1e6).toFixed(2)}M/s baseline ${(b.n / bl / 1e6).toFixed(2)}M/s ratio ${(bl / k).toFixed(1)}`);
}
