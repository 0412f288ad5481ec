import { describe, expect, it } from 'vitest';
import { Turns } from './turns';

const nextIteration = () => new Promise((r) => setImmediate(r));

describe('request turns', () => {
  it('lets a few requests go at once, then the rest first come first served, a few per event-loop iteration', async () => {
    const turns = new Turns(2);
    const started: number[] = [];
    const pending = Array.from({ length: 7 }, (_, i) => {
      const t = turns.take();
      if (!t) started.push(i);
      else void t.then(() => started.push(i));
      return t;
    });
    expect(pending.slice(0, 2)).toEqual([undefined, undefined]);
    expect(started).toEqual([0, 1]);
    expect(turns.waiting).toBe(5);
    await nextIteration();
    expect(started).toEqual([0, 1, 2, 3]);
    await nextIteration();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    await nextIteration();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(turns.waiting).toBe(0);
  });

  it('a newcomer waits behind those already waiting, even when the iteration has turns left', async () => {
    const turns = new Turns(2);
    const order: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      const t = turns.take();
      if (!t) order.push(name);
      else void t.then(() => order.push(name));
    }
    await nextIteration(); // c goes; one turn of this iteration is left
    const d = turns.take();
    expect(d).toBeUndefined(); // nobody waits: d goes at once
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('an idle server gives turns at once again after the queue drains', async () => {
    const turns = new Turns(1);
    expect(turns.take()).toBeUndefined();
    const second = turns.take();
    expect(second).toBeInstanceOf(Promise);
    await second;
    await nextIteration();
    await nextIteration();
    expect(turns.take()).toBeUndefined();
  });
});
