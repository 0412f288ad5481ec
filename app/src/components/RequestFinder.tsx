import { useState } from 'react';
import { Button, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, qs } from '../api/client';
import type { Page, RequestSummary } from '../api/types';

/** Find a request by words of its title or tracking number and choose it. */
export function RequestFinder({ onPick, busy, label }: { onPick: (r: RequestSummary) => void; busy: boolean; label: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 250);
  const found = useQuery({
    queryKey: ['requests', { q, finder: true }],
    queryFn: ({ signal }) => get<Page<RequestSummary>>(`/api/v1/requests${qs({ q })}`, signal),
    enabled: q.trim().length > 1,
  });
  return (
    <div className="stack">
      <TextInput size="xs" label={label} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={t('inbox.findPlaceholder')} />
      <ul className="finder-results" aria-live="polite">
        {(found.data?.items ?? []).slice(0, 6).map((r) => (
          <li key={r.id} className="row-between">
            <span>{r.title} <span className="muted">· {r.agency?.name ?? ''}</span></span>
            <Button size="xs" variant="light" onClick={() => onPick(r)} loading={busy}>{t('inbox.assignHere')}</Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
