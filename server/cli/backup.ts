// Online backup and restore of a SQLite install: the database through SQLite's backup API (safe
// while the server runs), the local blob folder, and the instance secret (reply addresses depend
// on it). PostgreSQL installs use pg_dump/pg_restore (docs/operations.md).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Env } from '../env';
import { openDatabase, sqliteHandleOf } from '../db/database';
import { migrations } from '../db/migrations/index';
import { CliError } from './run';

export interface BackupManifest {
  format: 'acceso-backup-1';
  created_at: string;
  database: 'sqlite';
  migrations: string[];
  blobs: boolean;
  secret: boolean;
}

export async function backup(env: Env, dir: string): Promise<BackupManifest> {
  if (env.databaseUrl) throw new CliError('this install uses PostgreSQL: back it up with pg_dump (see docs/operations.md); blobs are in ACCESO_BLOB_URL or the data directory');
  if (existsSync(dir) && readdirSync(dir).length) throw new CliError(`${dir} is not empty: choose a new directory for the backup`);
  mkdirSync(dir, { recursive: true });
  const db = await openDatabase(env);
  try {
    await sqliteHandleOf(db)!.backup(join(dir, 'acceso.sqlite'));
  } finally {
    await db.destroy();
  }
  const hasBlobs = !env.blobUrl && existsSync(env.blobDir);
  if (hasBlobs) cpSync(env.blobDir, join(dir, 'blobs'), { recursive: true });
  const secretFile = join(env.dataDir, 'secret');
  const hasSecret = existsSync(secretFile);
  if (hasSecret) cpSync(secretFile, join(dir, 'secret'));
  const applied = new SQLite(join(dir, 'acceso.sqlite'), { readonly: true });
  let names: string[] = [];
  try {
    names = (applied.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    applied.close();
  }
  const manifest: BackupManifest = { format: 'acceso-backup-1', created_at: new Date().toISOString(), database: 'sqlite', migrations: names, blobs: hasBlobs, secret: hasSecret };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Restores into the data directory. The server must be stopped; an existing database needs --force. */
export async function restore(env: Env, dir: string, force: boolean): Promise<BackupManifest> {
  if (env.databaseUrl) throw new CliError('this install uses PostgreSQL: restore it with pg_restore/psql (see docs/operations.md)');
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new CliError(`${dir} has no manifest.json: not an Acceso backup`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (manifest.format !== 'acceso-backup-1') throw new CliError(`unknown backup format ${JSON.stringify(manifest.format)}`);
  const unknown = manifest.migrations.filter((m) => !(m in migrations));
  if (unknown.length) throw new CliError(`the backup comes from a newer Acceso (migrations ${unknown.join(', ')}); upgrade first`);
  const source = join(dir, 'acceso.sqlite');
  const check = new SQLite(source, { readonly: true });
  try {
    const ok = check.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new CliError(`the backup database fails SQLite's integrity check: ${String(ok)}`);
  } finally {
    check.close();
  }
  const target = join(env.dataDir, 'acceso.sqlite');
  if (existsSync(target) && !force) throw new CliError(`${target} exists: pass --force to replace it (stop the server first)`);
  mkdirSync(env.dataDir, { recursive: true });
  for (const f of [target, target + '-wal', target + '-shm']) rmSync(f, { force: true });
  cpSync(source, target);
  if (manifest.blobs) {
    rmSync(env.blobDir, { recursive: true, force: true });
    cpSync(join(dir, 'blobs'), env.blobDir, { recursive: true });
  }
  if (manifest.secret) cpSync(join(dir, 'secret'), join(env.dataDir, 'secret'));
  return manifest;
}
