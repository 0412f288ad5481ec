// Kysely's SQLite dialect with a first-come, first-served wait for the one connection.
//
// SQLite has one connection, held by one query at a time (or by a transaction across its awaits).
// Kysely's own wait wakes every waiter whenever the connection is released and lets them race for
// it: with 100 API requests in flight that is ~100 wake-ups per query (quadratic in the queue), and
// a request that runs several queries lost the race again and again (measured: a rare-word `q`
// search of three queries had p50 97 ms and p99 1.4 s under 100 connections). This gate hands the
// connection to the longest waiter and wakes no one else; Kysely's own wait then never has anyone
// in it.
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';

export class FifoGate {
  #held = false;
  #waiting: (() => void)[] = [];
  #head = 0;

  /** Resolves when the caller holds the gate; at once when it is free. */
  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    if (this.#head < this.#waiting.length) {
      const next = this.#waiting[this.#head++];
      if (this.#head > 1024 && this.#head * 2 > this.#waiting.length) {
        this.#waiting = this.#waiting.slice(this.#head);
        this.#head = 0;
      }
      next(); // the gate stays held: ownership passes to the next waiter
    } else {
      this.#held = false;
    }
  }

  get waiting(): number {
    return this.#waiting.length - this.#head;
  }
}

class FairSqliteDriver extends SqliteDriver implements Driver {
  readonly #gate = new FifoGate();

  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#gate.acquire();
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.#gate.release();
  }
}

export class FairSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new FairSqliteDriver(this.#config);
  }
}
