// Background threads and processes run at a lower CPU priority (Linux: per-thread nice values).
import { fork } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { platform } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, runProcessInBackground, runThisThreadInBackground } from './priority';

const linux = platform() === 'linux';
const niceOf = (statPath: string) => Number(readFileSync(statPath, 'utf8').split(') ')[1].split(' ')[16]);

describe.skipIf(!linux)(`background priority${linux ? '' : ' [skipped: per-thread nice values are Linux only]'}`, () => {
  it('lowers the calling thread only, not the other threads of the process', () => {
    const self = readlinkSync('/proc/thread-self').split('/').pop()!;
    const others = readdirSync('/proc/self/task').filter((t) => t !== self);
    const before = others.map((t) => niceOf(`/proc/self/task/${t}/stat`));
    expect(runThisThreadInBackground()).toBe(true);
    expect(niceOf('/proc/thread-self/stat')).toBe(BACKGROUND_NICE);
    expect(others.map((t) => niceOf(`/proc/self/task/${t}/stat`))).toEqual(before);
  });

  it('lowers a child process', () => {
    const child = fork('-e', ['setTimeout(() => {}, 5000)'], { execArgv: [], stdio: 'ignore' });
    try {
      expect(runProcessInBackground(child.pid)).toBe(true);
      expect(niceOf(`/proc/${child.pid}/stat`)).toBe(BACKGROUND_NICE);
    } finally {
      child.kill();
    }
  });

  it('says so when there is no such process', () => {
    expect(runProcessInBackground(undefined)).toBe(false);
    expect(runProcessInBackground(2 ** 22 + 12345)).toBe(false);
  });
});
