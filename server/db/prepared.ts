// Hot queries built and compiled once per shape. Kysely builds an operation tree and compiles it to
// SQL on every call: measured 50-100 µs for our list and token queries, more than SQLite takes to
// run them (~20 µs for the token lookup). A prepared query is built once per dialect and shape
// with placeholder values, and each call binds its own values in their places.
//
// The rule that keeps this safe: a builder sees only placeholders and the shape (booleans and
// counts that change the SQL), never a call's values, so nothing of one call can be frozen into
// the SQL another call runs. Builders are module-level functions for that reason, and compile()
// refuses a parameter that is neither a placeholder nor a constant of the shape's own making.
import { CompiledQuery, type Compilable, type RawBuilder } from 'kysely';
import { dialectOf, type Executor } from './database';

const MARK = '\u0001acceso.param:';

/** The placeholder each named value stands for in a builder. */
export type Placeholders<P> = { readonly [K in keyof P]: P[K] };

interface Compiled { sql: string; slots: (string | { constant: unknown })[] }

export interface PreparedQuery<P, S, R> {
  /** Runs the query for these values; `shape` selects (and keys) the SQL variant. */
  execute(db: Executor, values: P, shape: S): Promise<R[]>;
  /** The SQL a shape compiles to in the executor's dialect (tests, EXPLAIN). */
  sqlFor(db: Executor, shape: S): string;
}

/**
 * @param build  the query for a shape, with `p.name` wherever a call's value goes
 * @param keyOf  a string naming the shape (default: its JSON)
 * @param constants  parameter values the builders bind themselves (e.g. literal status names);
 *                   any other non-placeholder parameter is refused as a probable leak of a value
 */
export function prepared<P extends Record<string, unknown>, S, R>(
  build: (db: Executor, p: Placeholders<P>, shape: S) => Compilable<R> | RawBuilder<R>,
  keyOf: (shape: S) => string = (s) => JSON.stringify(s),
  constants: readonly unknown[] = [],
): PreparedQuery<P, S, R> {
  const cache = new Map<string, Compiled>();
  const placeholders = new Proxy({}, { get: (_t, name) => MARK + String(name) }) as Placeholders<P>;

  function compiled(db: Executor, shape: S): Compiled {
    const key = dialectOf(db) + '\u0000' + keyOf(shape);
    let c = cache.get(key);
    if (!c) {
      // A RawBuilder compiles against an executor; query builders ignore the argument.
      const q = (build(db, placeholders, shape) as { compile(db: Executor): CompiledQuery<R> }).compile(db);
      const slots = q.parameters.map((v) => {
        if (typeof v === 'string' && v.startsWith(MARK)) return v.slice(MARK.length);
        if (constants.includes(v)) return { constant: v };
        throw new Error(`prepared query: parameter ${JSON.stringify(v)} is neither a placeholder nor a declared constant`);
      });
      c = { sql: q.sql, slots };
      cache.set(key, c);
    }
    return c;
  }

  return {
    async execute(db, values, shape) {
      const c = compiled(db, shape);
      const params = c.slots.map((s) => {
        if (typeof s !== 'string') return s.constant;
        if (!(s in values)) throw new Error(`prepared query: no value for "${s}"`);
        return values[s];
      });
      const r = await db.executeQuery<R>(CompiledQuery.raw(c.sql, params));
      return r.rows;
    },
    sqlFor(db, shape) {
      return compiled(db, shape).sql;
    },
  };
}
