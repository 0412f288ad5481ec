import { useCallback, useState, type ChangeEvent } from 'react';
import { Button, Checkbox, Group, Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { postAgencyCsv, type JobStarted } from '../api/jobs';
import { ErrorNote } from './ErrorNote';
import { JobProgress } from './JobProgress';

/** The import report (server/features/agencies/import/plan.ts ImportReport), as far as it is shown. */
interface ImportReport {
  dry_run: boolean;
  written: boolean;
  counts: { added: number; changed: number; unchanged: number; rejected: number; kept_edits: number };
  rejected: { where: string; id: string | null; reason: string }[];
}

/**
 * Import agencies from a CSV file: check it first (a dry run: what would be added, changed, kept,
 * rejected), then import it in the background with progress. A file with rejected lines is not
 * imported (the server writes nothing): the lines are listed to fix.
 */
export function AgencyImport() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const params = (extra: string) => `name=${encodeURIComponent(file?.name ?? 'upload.csv')}&overwrite_edits=${overwrite}&${extra}`;
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.currentTarget.files?.[0];
    setReport(null);
    setJobId(null);
    setError(null);
    setFile(f ? { name: f.name, text: await f.text() } : null);
  };
  const run = async (what: 'check' | 'import') => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      if (what === 'check') setReport(await postAgencyCsv<ImportReport>(file.text, params('dry_run=true')));
      else setJobId((await postAgencyCsv<JobStarted>(file.text, params('async=true'))).job.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const finished = useCallback(() => { void qc.invalidateQueries({ queryKey: ['agencies'] }); }, [qc]);
  const c = report?.counts;
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="agency-import-title">
      <Title order={2} size="h4" id="agency-import-title">{t('jobs.import.title')}</Title>
      <Text size="sm" className="muted" mb="xs">{t('jobs.import.hint')}</Text>
      <div className="stack">
        <label htmlFor="agency-import-file">{t('jobs.import.file')}</label>
        <input id="agency-import-file" type="file" accept=".csv,text/csv" onChange={choose} />
        <Checkbox label={t('jobs.import.overwrite')} checked={overwrite} onChange={(e) => { setOverwrite(e.currentTarget.checked); setReport(null); }} />
        <Group>
          <Button variant="default" size="xs" disabled={!file || busy} loading={busy && !report} onClick={() => run('check')}>{t('jobs.import.check')}</Button>
          <Button size="xs" disabled={!report || report.counts.rejected > 0 || busy || !!jobId} onClick={() => run('import')}>{t('jobs.import.run')}</Button>
        </Group>
        {error ? <ErrorNote error={error} /> : null}
        {c ? (
          <div role="status" aria-live="polite">
            <Text size="sm">{t('jobs.import.counts', { added: c.added, changed: c.changed, unchanged: c.unchanged, rejected: c.rejected, kept: c.kept_edits })}</Text>
            {c.rejected > 0 ? (
              <>
                <Text size="sm" c="red.8">{t('jobs.import.fixFirst')}</Text>
                <ul className="small" aria-label={t('jobs.import.rejected')}>
                  {report!.rejected.map((r, i) => <li key={i}><strong>{r.where}</strong>{r.id ? ` (${r.id})` : ''}: {r.reason}</li>)}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {jobId ? <JobProgress id={jobId} label={t('jobs.import.progress')} onFinished={finished} /> : null}
      </div>
    </Paper>
  );
}
