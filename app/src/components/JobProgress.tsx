import { useEffect, useRef } from 'react';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FINISHED, useJob, type Job } from '../api/jobs';
import { WorkProgress } from './Progress';
import { ErrorNote } from './ErrorNote';

/**
 * Progress of one job until it is finished, announced to screen readers (WorkProgress), then its
 * outcome: what was done, what could not be, and a download link when it made a file.
 */
export function JobProgress({ id, label, onFinished }: { id: string; label: string; onFinished?: (job: Job) => void }) {
  const { t } = useTranslation();
  const q = useJob(id);
  const told = useRef(false);
  const job = q.data;
  useEffect(() => {
    if (job && FINISHED.has(job.status) && !told.current) {
      told.current = true;
      onFinished?.(job);
    }
  }, [job, onFinished]);
  if (q.isError) return <ErrorNote error={q.error} />;
  if (!job) return <Text size="sm" role="status">{label} · {t('jobs.status.queued')}</Text>;
  return <JobView job={job} label={label} />;
}

/** One job as it stands: a progress bar while it runs, then its outcome and any download. */
export function JobView({ job, label }: { job: Job; label: string }) {
  const { t } = useTranslation();
  const p = job.progress;
  const phase = p ? t(`jobs.phase.${p.phase}`, { defaultValue: p.phase }) : t(`jobs.status.${job.status}`);
  const finished = FINISHED.has(job.status);
  return (
    <div className="stack" data-job-status={job.status}>
      {!finished ? (
        p && p.total !== null ? (
          <WorkProgress done={p.done} total={p.total} label={`${label} · ${phase}`} />
        ) : (
          <Text size="sm" role="status" aria-live="polite">{label} · {phase}</Text>
        )
      ) : (
        <Text size="sm" role="status" aria-live="polite">
          <strong>{label} · {t(`jobs.status.${job.status}`)}</strong>
          {p && p.total === 0 ? ` · ${t('jobs.nothing')}` : p && p.total !== null ? ` · ${t('common.progress', { done: p.done, total: p.total })}` : ''}
        </Text>
      )}
      {job.outcomes && Object.keys(job.outcomes).length ? (
        <Text size="sm">
          {Object.entries(job.outcomes).map(([k, n]) => t('jobs.outcome', { what: t(`jobs.outcomes.${k}`, { defaultValue: k }), n })).join(' · ')}
        </Text>
      ) : null}
      {job.error && job.status !== 'queued' ? <ErrorNote error={new Error(job.error)} title={t(`jobs.status.${job.status}`)} /> : null}
      {job.error && job.status === 'queued' ? <Text size="sm" className="muted">{t('jobs.retrying', { error: job.error })}</Text> : null}
      {job.error_count > 0 ? (
        <details>
          <summary>{t('jobs.itemErrors', { count: job.error_count })}</summary>
          <ul className="small">
            {job.errors.map((e, i) => <li key={i}><strong>{e.item}</strong>: {e.message}</li>)}
          </ul>
        </details>
      ) : null}
      {job.download ? (
        <Anchor href={job.download.url} download={job.download.filename}>
          {t('jobs.download', { name: job.download.filename, size: formatSize(job.download.size) })}
        </Anchor>
      ) : null}
    </div>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
