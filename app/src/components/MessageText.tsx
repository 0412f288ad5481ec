import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post } from '../api/client';
import type { MessageDetail } from '../api/types';
import { Loading } from './Loading';
import { ErrorNote } from './ErrorNote';

/**
 * The plain-text body of a message, fetched when opened. The API also offers sanitised HTML; the
 * app shows only text, so nothing from outside is ever parsed as markup here.
 */
export function MessageText({ id }: { id: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['message', id], queryFn: () => get<MessageDetail>(`/api/v1/messages/${encodeURIComponent(id)}`) });
  const loaded = q.isSuccess;
  // Opening a message marks it read for the organisation (idempotent on the server). When that
  // fails the message simply stays unread on the dashboard, where the person can mark it by hand.
  useEffect(() => {
    if (!loaded) return;
    post(`/api/v1/messages/${encodeURIComponent(id)}/read`)
      .then(() => qc.invalidateQueries({ queryKey: ['messages', 'unread-replies'] }))
      .catch(() => undefined);
  }, [loaded, id, qc]);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  return (
    <>
      <div className="message-text pre-wrap">{q.data.text || t('request.noText')}</div>
      {q.data.problems?.length ? (
        <ul className="small warnings" aria-label={t('request.unreadable')}>
          {q.data.problems.map((p, i) => <li key={i}>{p}</li>)}
        </ul>
      ) : null}
    </>
  );
}
