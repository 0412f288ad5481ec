import { Progress as Bar, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Progress of long work (bulk send, import, re-ingest, export), announced to screen readers. */
/** `done`/`total` are counted items, or a percentage when `percent` is set. */
export function WorkProgress({ done, total, label, percent = false }: { done: number; total: number; label: string; percent?: boolean }) {
  const { t } = useTranslation();
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="stack" role="status" aria-live="polite">
      <Text size="sm">{label}: {percent ? `${pct} %` : t('common.progress', { done, total })}</Text>
      <Bar value={pct} aria-label={label} />
    </div>
  );
}
