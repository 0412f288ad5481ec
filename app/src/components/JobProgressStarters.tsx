import { useCallback, useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FINISHED, startExport, startReingest, useLatestJob, type ExportSelection, type Job, type JobStarted } from '../api/jobs';
import { ErrorNote } from './ErrorNote';
import { JobProgress } from './JobProgress';

/** A button that starts long work and then shows its progress in place (kept while the page is open). */
function StartWork({ label, start, onFinished, resumeId }: {
  label: string; start: () => Promise<JobStarted>; onFinished?: (job: Job) => void; resumeId?: string | null;
}) {
  const [id, setId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const [running, setRunning] = useState(false);
  const shown = id ?? resumeId ?? null;
  const finished = useCallback((job: Job) => { setRunning(false); onFinished?.(job); }, [onFinished]);
  const go = async () => {
    setError(null);
    setStarting(true);
    try {
      const r = await start();
      setId(r.job.id);
      setRunning(true);
    } catch (e) {
      setError(e);
    } finally {
      setStarting(false);
    }
  };
  return (
    <div className="stack">
      <Group><Button variant="default" size="xs" onClick={go} loading={starting} disabled={running}>{label}</Button></Group>
      {error ? <ErrorNote error={error} /> : null}
      {shown ? <JobProgress key={shown} id={shown} label={label} onFinished={finished} /> : null}
    </div>
  );
}

/** Export one request, or the requests a list filter matches, to a ZIP; then a download link. */
export function ExportButton({ selection, label }: { selection: ExportSelection; label?: string }) {
  const { t } = useTranslation();
  return <StartWork label={label ?? t('jobs.export')} start={() => startExport(selection)} />;
}

/** Read every failed document of the organisation again, with progress; refreshes the lists after. */
export function ReingestButton() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const latest = useLatestJob('records.reingest');
  // Work started earlier (another page, another person) and still running is shown too.
  const resume = latest.data && !FINISHED.has(latest.data.status) ? latest.data.id : null;
  const refresh = useCallback(() => { void qc.invalidateQueries({ queryKey: ['documents'] }); }, [qc]);
  return <StartWork label={t('jobs.reingest')} start={() => startReingest()} onFinished={refresh} resumeId={resume} />;
}
