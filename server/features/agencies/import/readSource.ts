// Turns what a person points the importer at into incoming agencies: a CSV file, a folder of the
// federal directory's YAML files, or a bundled-directory JSON file.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fromBundle, type BundledDirectory } from '../directory/bundled';
import { convertDirectoryFolder, DirectoryFormatError } from '../directory/convert';
import type { AgencyRecord } from '../agency';
import { CsvFileError, parseAgencyCsv, type CsvDefaults } from './csv';
import { COMPARED_FIELDS, type IncomingAgency } from './plan';

export interface ImportSource {
  source: string;
  incoming: IncomingAgency[];
  unreadable: { line: number; reason: string }[];
}

/** A file that cannot be imported at all, with a reason a person can act on. */
export class ImportSourceError extends Error {
  name = 'ImportSourceError';
}

/** Records from a directory (YAML folder or bundle): every field is present. */
export function directoryIncoming(records: AgencyRecord[], whereOf: (r: AgencyRecord) => string): IncomingAgency[] {
  return records.map((record) => ({ record, line: null, where: whereOf(record), fields: COMPARED_FIELDS }));
}

/** Rows of a CSV without `source` cells, imported without --source: say so rather than invent one. */
export function defaultCsvSource(name: string, importedOn: string): string {
  return `CSV file ${name}, imported ${importedOn} (the file did not say where its data comes from or how old it is)`;
}

const yamlFile = (r: AgencyRecord) => `${decodeURIComponent(r.source.split('/').pop() ?? r.source)} (${r.id})`;

export function readCsvSource(content: string, name: string, defaults: CsvDefaults): ImportSource {
  try {
    const parsed = parseAgencyCsv(content, defaults);
    return { source: name, incoming: parsed.incoming, unreadable: parsed.unreadable };
  } catch (e) {
    if (e instanceof CsvFileError) throw new ImportSourceError(`${name}: ${e.message}`);
    throw e;
  }
}

export function readImportPath(path: string, csvDefaults: Omit<CsvDefaults, 'source'> & { source?: string }): ImportSource {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new ImportSourceError(`${path}: no such file or folder`);
  try {
    if (stat.isDirectory()) {
      const records = convertDirectoryFolder(path);
      return { source: `folder ${basename(path)}`, incoming: directoryIncoming(records, yamlFile), unreadable: [] };
    }
    const content = readFileSync(path, 'utf8');
    if (path.endsWith('.json')) {
      let bundle: BundledDirectory;
      try {
        bundle = JSON.parse(content);
      } catch (e) {
        throw new ImportSourceError(`${path}: not valid JSON (${(e as Error).message})`);
      }
      if (!bundle || !Array.isArray(bundle.agencies) || !Array.isArray(bundle.request_time_stats_columns)) {
        throw new ImportSourceError(`${path}: not a bundled agency directory (expected "agencies" and "request_time_stats_columns")`);
      }
      return { source: basename(path), incoming: directoryIncoming(fromBundle(bundle), yamlFile), unreadable: [] };
    }
    if (!path.endsWith('.csv')) throw new ImportSourceError(`${path}: expected a .csv file, a .json bundled directory or a folder of .yaml files`);
    const name = basename(path);
    return readCsvSource(content, name, { ...csvDefaults, source: csvDefaults.source ?? defaultCsvSource(name, csvDefaults.sourceDate) });
  } catch (e) {
    if (e instanceof DirectoryFormatError) throw new ImportSourceError(e.message);
    throw e;
  }
}
