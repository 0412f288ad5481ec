// Requests take turns, a few per turn of the event loop, so a busy server still accepts new
// connections.
//
// libuv accepts one new connection per event-loop iteration (strace under bench:api: one accept4
// per epoll wake-up). A saturated server handles every ready request of its keep-alive clients in
// one iteration, 30-60 ms with 100 of them, so newcomers were accepted one every 30-60 ms: with
// 100 connections opening at once, the last waited 3-4 s for its first answer while the others
// were served in 50 ms (measured; that was most of bench:api's p99). Here each iteration starts at
// most TURNS_PER_ITERATION requests; the rest wait, first come first served, for the next
// iterations, between which libuv accepts and reads. An idle server loses nothing: a request that
// finds no queue and a free turn goes at once.
import type { FastifyInstance } from 'fastify';

/** About 2-5 ms of list work per iteration at the measured ~0.5-1 ms of CPU a request. */
export const TURNS_PER_ITERATION = 4;

export class Turns {
  #waiting: (() => void)[] = [];
  #head = 0;
  #usedThisIteration = 0;
  #pumpScheduled = false;

  constructor(readonly perIteration = TURNS_PER_ITERATION) {}

  /** Resolves when it is the caller's turn (at once while the current iteration has turns left). */
  take(): Promise<void> | undefined {
    if (this.#usedThisIteration < this.perIteration && this.#head === this.#waiting.length) {
      this.#usedThisIteration++;
      this.#schedulePump();
      return undefined;
    }
    const turn = new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#schedulePump();
    return turn;
  }

  get waiting(): number {
    return this.#waiting.length - this.#head;
  }

  // setImmediate runs after this iteration's I/O (poll) phase; one scheduled from inside it runs in
  // the next iteration, after libuv has polled, accepted and read again.
  #schedulePump(): void {
    if (this.#pumpScheduled) return;
    this.#pumpScheduled = true;
    setImmediate(() => this.#pump());
  }

  #pump(): void {
    this.#pumpScheduled = false;
    this.#usedThisIteration = 0;
    while (this.#usedThisIteration < this.perIteration && this.#head < this.#waiting.length) {
      this.#usedThisIteration++;
      this.#waiting[this.#head++]();
    }
    if (this.#head === this.#waiting.length) {
      this.#waiting = [];
      this.#head = 0;
    }
    // Keep pumping while anyone waits; once idle, let the next iteration's requests in freely.
    if (this.waiting > 0 || this.#usedThisIteration > 0) this.#schedulePump();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function installTurns(app: FastifyInstance<any, any, any, any, any>, turns = new Turns()): Turns {
  app.addHook('onRequest', (_req, _reply, done) => {
    const turn = turns.take();
    if (turn) void turn.then(() => done());
    else done();
  });
  return turns;
}
