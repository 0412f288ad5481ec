// `acceso law jurisdictions | calendar | deadlines` (CONTRACTS.md "CLI"). With --json, exactly one
// JSON document goes to stdout; errors go to stderr with a non-zero exit code. Without --json the
// same facts are printed for people.
import type { Command } from 'commander';
import {
  calendarClosures,
  computeDeadlines,
  federalAgencyRules,
  listFederalAgencies,
  LawInputError,
  LEGAL_EVENT_KINDS,
  listJurisdictions,
  pickLanguage,
  type DeadlineSet,
  type Language,
  type LegalEvent,
  type LegalEventKind,
} from '../../law';

// The engine's own list, so the CLI never drifts from what the engine accepts.
const EVENT_KINDS = LEGAL_EVENT_KINDS;

/** Exit code for bad input (unknown ids, malformed dates, events out of order). */
const EXIT_INPUT = 2;

function fail(err: unknown): void {
  if (err instanceof LawInputError) {
    process.stderr.write(`error (${err.code}): ${err.message}\n`);
    process.exitCode = EXIT_INPUT;
    return;
  }
  process.stderr.write(`error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
}

function run(action: () => void): void {
  try {
    action();
  } catch (err) {
    fail(err);
  }
}

const json = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');

/** `kind@YYYY-MM-DD` -> event. Dates are checked by the engine. */
export function parseEventArg(text: string): LegalEvent {
  const at = text.lastIndexOf('@');
  const kind = at > 0 ? text.slice(0, at) : '';
  if (at <= 0 || !(EVENT_KINDS as readonly string[]).includes(kind)) {
    throw new LawInputError('invalid-event', `--event '${text}': expected <kind>@<YYYY-MM-DD> with kind one of ${EVENT_KINDS.join(', ')}`);
  }
  return { kind: kind as LegalEventKind, date: text.slice(at + 1) };
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new LawInputError('year-out-of-range', `--year '${text}': expected a four-digit year such as 2026`);
  return Number(text);
}

/** The few words of the printed layout (the explanation lines come from the engine's catalogues). */
const LAYOUT = {
  en: { received: 'received', engine: 'engine', noDate: 'no date', noCitation: 'no citation', notVerified: 'NOT VERIFIED', source: 'source', warnings: 'Warnings:', basis: { default: 'DEFAULT', unknown: 'UNKNOWN' } },
  es: { received: 'recibida', engine: 'motor', noDate: 'sin fecha', noCitation: 'sin cita', notVerified: 'SIN VERIFICAR', source: 'fuente', warnings: 'Advertencias:', basis: { default: 'SUPLETORIA', unknown: 'DESCONOCIDA' } },
} as const;

function printSet(set: DeadlineSet, language: Language = 'en'): void {
  const t = LAYOUT[language];
  const out: string[] = [`${set.jurisdiction}${set.agency ? ` / ${set.agency}` : ''}, ${t.received} ${set.received} (${t.engine} ${set.engine_version})`];
  for (const d of set.deadlines) {
    const flags = [d.basis !== 'law' ? t.basis[d.basis] : '', d.verified ? '' : t.notVerified].filter(Boolean).join(', ');
    out.push('', `${d.kind}: ${d.due ?? t.noDate}  (${d.citation || t.noCitation})${flags ? `  [${flags}]` : ''}`);
    for (const line of d.explanation) out.push(`  - ${line}`);
    if (d.source) out.push(`  ${t.source}: ${d.source}`);
  }
  if (set.warnings.length) out.push('', t.warnings, ...set.warnings.map((w) => `  ! ${w}`));
  process.stdout.write(out.join('\n') + '\n');
}

export function registerLawCommands(program: Command): Command {
  const law = program.command('law').description('statutory deadlines, jurisdictions and working-day calendars');

  law
    .command('jurisdictions')
    .description('list the jurisdictions the deadline engine covers')
    .option('--json', 'print one JSON document')
    .action((opts: { json?: boolean }) =>
      run(() => {
        const all = listJurisdictions();
        if (opts.json) return json(all);
        for (const j of all) {
          process.stdout.write(`${j.id.padEnd(10)} ${j.name}  [${j.confidence}${j.verified ? '' : ', not verified'}] calendar ${j.calendar}; ${j.citation}\n`);
        }
      }),
    );

  law
    .command('agencies')
    .description('federal agency ids (components inherit their parent department\'s rules)')
    .option('--json', 'print one JSON document')
    .action((opts: { json?: boolean }) =>
      run(() => {
        const all = listFederalAgencies().map((a) => ({ ...a, appeal_window: federalAgencyRules(a.id).appealFilingWindow }));
        if (opts.json) return json(all);
        for (const a of all) {
          const w = a.appeal_window;
          process.stdout.write(`${a.id.padEnd(10)} ${a.name}${a.parent ? ` (component of ${a.parent})` : ''}; appeal ${w.days} ${w.dayKind} days, ${w.citation}${w.basis === 'default' ? ' [default]' : ''}\n`);
        }
      }),
    );

  law
    .command('calendar')
    .description('closure days (observed legal holidays on weekdays) of a calendar in one year')
    .requiredOption('--calendar <id>', 'calendar id (a jurisdiction id, e.g. us-federal, us-ny, mx)')
    .requiredOption('--year <YYYY>', 'year')
    .option('--include-executive-closures', 'also list executive-order closures (not legal holidays)')
    .option('--json', 'print one JSON document')
    .action((opts: { calendar: string; year: string; json?: boolean; includeExecutiveClosures?: boolean }) =>
      run(() => {
        const year = parseYear(opts.year);
        const closed = calendarClosures(opts.calendar, year, { includeExecutiveClosures: opts.includeExecutiveClosures === true });
        if (opts.json) {
          return json({
            calendar: opts.calendar,
            year,
            closed: closed.map((c) => (c.kind === 'holiday' ? { date: c.date, name: c.name } : { date: c.date, name: c.name, kind: c.kind })),
          });
        }
        process.stdout.write(`${opts.calendar} ${year}: ${closed.length} weekday closures\n`);
        for (const c of closed) process.stdout.write(`  ${c.date}  ${c.name}${c.kind !== 'holiday' ? ` (${c.kind})` : ''}\n`);
      }),
    );

  law
    .command('deadlines')
    .description('compute the deadlines of a request from its receipt date and events')
    .requiredOption('--jurisdiction <id>', 'jurisdiction id (us-federal, us-ny, mx, ...)')
    .option('--agency <id>', 'agency id (federal: lowercase abbreviation, e.g. dhs, cbp, doj)')
    .requiredOption('--received <YYYY-MM-DD>', 'date the request was received (day 0)')
    .option('--event <kind@YYYY-MM-DD>', 'an event, repeatable, in date order', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--skip-executive-closures', 'also skip executive-order closure days (off by default)')
    .option('--lang <en|es>', 'language of the explanation lines and warnings (default en)')
    .option('--steps', 'add each deadline\'s counted and skipped days as data (`steps`, with --json)')
    .option('--json', 'print one JSON document')
    .action((opts: { jurisdiction: string; agency?: string; received: string; event: string[]; skipExecutiveClosures?: boolean; lang?: string; steps?: boolean; json?: boolean }) =>
      run(() => {
        const language = pickLanguage({ explicit: opts.lang ?? null });
        const options = {
          ...(opts.skipExecutiveClosures ? { skipExecutiveClosures: true } : {}),
          ...(opts.lang !== undefined ? { language } : {}),
          ...(opts.steps ? { steps: true } : {}),
        };
        const set = computeDeadlines({
          jurisdiction: opts.jurisdiction,
          agency: opts.agency ?? null,
          received: opts.received,
          events: opts.event.map(parseEventArg),
          options: Object.keys(options).length ? options : undefined,
        });
        if (opts.json) return json(set);
        printSet(set, language);
      }),
    );

  return law;
}
