// `acceso law ...` (CONTRACTS.md): in-process through commander for the shapes and errors, and one
// real run of ./bin/acceso for "exactly one JSON document on stdout, errors on stderr, exit code".
import { execFile } from 'node:child_process';
import { ACCESO_BIN } from '../test/cli';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerLawCommands } from './law-command';

async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '', err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    const program = new Command().exitOverride();
    registerLawCommands(program);
    await program.parseAsync(args, { from: 'user' });
  } catch (x) {
    err += String((x as Error).message);
    process.exitCode = process.exitCode || 1;
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = before;
  return { out, err, code };
}

afterEach(() => vi.restoreAllMocks());

describe('acceso law (in process)', () => {
  it('jurisdictions --json: one array with us-federal first', async () => {
    const { out, code } = await run('law', 'jurisdictions', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out);
    expect(list[0]).toMatchObject({ id: 'us-federal', calendar: 'us-federal', family: 'us-federal' });
    expect(typeof list[0].verified).toBe('boolean');
  });

  it('calendar --json: the contract shape', async () => {
    const { out } = await run('law', 'calendar', '--calendar', 'us-federal', '--year', '2026', '--json');
    const doc = JSON.parse(out);
    expect(doc.calendar).toBe('us-federal');
    expect(doc.year).toBe(2026);
    expect(doc.closed[5]).toEqual({ date: '2026-07-03', name: 'Independence Day (observed)' });
  });

  it('deadlines --lang es: Spanish lines and layout, same dates; --steps adds the counted days; bad --lang is an input error', async () => {
    const args = ['law', 'deadlines', '--jurisdiction', 'us-federal', '--received', '2025-06-13', '--event', 'clarification-requested@2025-06-20', '--event', 'clarification-answered@2025-06-25'];
    const es = JSON.parse((await run(...args, '--lang', 'es', '--json')).out);
    const en = JSON.parse((await run(...args, '--json')).out);
    expect(es.deadlines.map((d: { due: string }) => d.due)).toEqual(en.deadlines.map((d: { due: string }) => d.due));
    expect(es.deadlines[0].explanation[2]).toMatch(/^Se computaron 20 días hábiles: del lun 2025-06-16 \(día 1\)/);
    expect(en.deadlines[0].steps).toBeUndefined();
    const steps = JSON.parse((await run(...args, '--steps', '--json')).out).deadlines[0].steps;
    expect(steps.map((s: { kind: string }) => s.kind)).toEqual(['working', 'tolled', 'working']);
    const text = (await run(...args, '--lang', 'es')).out;
    expect(text).toContain('us-federal, recibida 2025-06-13');
    expect(text).toContain('  - Vencimiento: ');
    const bad = await run(...args, '--lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('invalid-option');
  });

  it('deadlines --json: the contract example (cbp, received 2025-06-13)', async () => {
    const { out, code } = await run('law', 'deadlines', '--jurisdiction', 'us-federal', '--agency', 'cbp', '--received', '2025-06-13', '--json');
    expect(code).toBe(0);
    const set = JSON.parse(out);
    expect(set).toMatchObject({ jurisdiction: 'us-federal', agency: 'cbp', received: '2025-06-13' });
    expect(set.deadlines.map((d: { kind: string; due: string }) => [d.kind, d.due])).toEqual([
      ['response', '2025-07-15'],
      ['may-sue', '2025-07-16'],
    ]);
    expect(set.deadlines[0].citation).toBe('5 U.S.C. § 552(a)(6)(A)(i)');
  });

  it('repeatable --event kind@date', async () => {
    const { out } = await run(
      'law', 'deadlines', '--jurisdiction', 'us-federal', '--received', '2025-06-13',
      '--event', 'clarification-requested@2025-06-20', '--event', 'clarification-answered@2025-06-25', '--json',
    );
    expect(JSON.parse(out).deadlines[0].due).toBe('2025-07-18');
  });

  it('human-readable form without --json', async () => {
    const { out } = await run('law', 'deadlines', '--jurisdiction', 'us-federal', '--received', '2025-06-13');
    expect(out).toContain('response: 2025-07-15');
    expect(out).toContain('Juneteenth');
  });

  it.each([
    [['--jurisdiction', 'us-zz', '--received', '2025-06-13'], /unknown-jurisdiction/],
    [['--jurisdiction', 'us-federal', '--agency', 'nope', '--received', '2025-06-13'], /unknown-agency/],
    [['--jurisdiction', 'us-federal', '--received', '2025-02-30'], /invalid-date/],
    [['--jurisdiction', 'us-federal', '--received', '2025-06-13', '--event', 'denied@2025-06-20'], /invalid-event/],
    [['--jurisdiction', 'us-federal', '--received', '2025-06-13', '--event', 'fee-notice@2025-06-01'], /event-before-receipt/],
    [['--jurisdiction', 'us-federal', '--received', '2025-06-13', '--event', 'fee-notice@2025-06-20', '--event', 'fee-resolved@2025-06-19'], /events-out-of-order/],
  ])('bad input %j: stderr, exit 2, nothing on stdout', async (args, re) => {
    const { out, err, code } = await run('law', 'deadlines', ...args, '--json');
    expect(out).toBe('');
    expect(err).toMatch(re);
    expect(code).toBe(2);
  });
});

describe('./bin/acceso law (real process)', () => {
  it('prints exactly one JSON document, and errors only on stderr with a non-zero exit', async () => {
    const ok = await promisify(execFile)(ACCESO_BIN, ['law', 'deadlines', '--jurisdiction', 'us-federal', '--received', '2025-12-01', '--json']);
    expect(JSON.parse(ok.stdout).deadlines[0].due).toBe('2025-12-30');
    const bad = await promisify(execFile)(ACCESO_BIN, ['law', 'deadlines', '--jurisdiction', 'us-federal', '--received', '2025-13-01', '--json']).catch((e) => e);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/invalid-date/);
  }, 60_000);
});
