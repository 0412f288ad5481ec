// Limits per document. The shared ones come from server/env.ts (ACCESO_MAX_UPLOAD_BYTES,
// ACCESO_MAX_DOCUMENT_PAGES, ACCESO_INGEST_TIMEOUT_MS, ACCESO_MAX_ARCHIVE_*); the ingest-only ones
// are read here from ACCESO_INGEST_* (documented in docs/records.md and .env.example).
export interface IngestLimits {
  maxBytes: number;
  maxPages: number;
  timeMs: number;
  /** Memory ceiling of the extraction process (MB); it is killed above it. */
  memoryMb: number;
  /** Pages OCRed per document (OCR costs seconds per page); pages beyond are marked, not lost. */
  ocrMaxPages: number;
  ocrLanguages: string[];
  archiveEntries: number;
  archiveExpandedBytes: number;
  archiveDepth: number;
  /** Largest characters of text kept per page (a page of a spreadsheet can be huge). */
  pageChars: number;
}

export const defaultLimits: IngestLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxPages: 5000,
  timeMs: 5 * 60_000,
  memoryMb: 1024,
  ocrMaxPages: 500,
  ocrLanguages: ['eng', 'spa'],
  archiveEntries: 10_000,
  archiveExpandedBytes: 1024 * 1024 * 1024,
  archiveDepth: 3,
  pageChars: 200_000,
};

interface EnvLike {
  limits?: { uploadBytes?: number; documentPages?: number; ingestTimeoutMs?: number; archiveExpandedBytes?: number; archiveEntries?: number };
}

/** Builds the limits from the parsed env plus ACCESO_INGEST_* variables; lists every bad value. */
export function ingestLimitsFrom(env: EnvLike, source: Record<string, string | undefined> = process.env): IngestLimits {
  const problems: string[] = [];
  const int = (name: string, dflt: number, min: number, max: number) => {
    const raw = source[name]?.trim();
    if (!raw) return dflt;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return dflt;
    }
    return Number(raw);
  };
  const langs = (source.ACCESO_INGEST_OCR_LANGUAGES?.trim() || 'eng,spa').split(',').map((s) => s.trim()).filter(Boolean);
  for (const l of langs) if (l !== 'eng' && l !== 'spa') problems.push(`ACCESO_INGEST_OCR_LANGUAGES: "${l}" is not installed (installed: eng, spa)`);
  const l = env.limits ?? {};
  const limits: IngestLimits = {
    maxBytes: l.uploadBytes ?? defaultLimits.maxBytes,
    maxPages: l.documentPages ?? defaultLimits.maxPages,
    timeMs: l.ingestTimeoutMs ?? defaultLimits.timeMs,
    memoryMb: int('ACCESO_INGEST_MEMORY_MB', defaultLimits.memoryMb, 128, 64 * 1024),
    ocrMaxPages: int('ACCESO_INGEST_OCR_MAX_PAGES', defaultLimits.ocrMaxPages, 0, 1_000_000),
    ocrLanguages: langs,
    archiveEntries: l.archiveEntries ?? defaultLimits.archiveEntries,
    archiveExpandedBytes: l.archiveExpandedBytes ?? defaultLimits.archiveExpandedBytes,
    archiveDepth: int('ACCESO_INGEST_ARCHIVE_DEPTH', defaultLimits.archiveDepth, 0, 20),
    pageChars: int('ACCESO_INGEST_PAGE_CHARS', defaultLimits.pageChars, 1000, 10_000_000),
  };
  if (problems.length) throw new Error(`Invalid ingest configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return limits;
}
