import { useState } from 'react';
import { Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, post, qs } from '../api/client';
import type { Message, Page } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { RequestFinder } from '../components/RequestFinder';
import { formatDate } from '../lib/dates';

/** Mail in: the holding pen of unmatched messages (assign each to a request) and all replies. */
export default function Inbox() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [view, setView] = useState<'unmatched' | 'all'>('unmatched');
  const list = useQuery({
    queryKey: ['messages', view],
    queryFn: ({ signal }) => get<Page<Message>>(`/api/v1/messages${qs({ unmatched: view === 'unmatched' ? true : undefined })}`, signal),
  });
  const assign = useMutation({
    mutationFn: ({ message, request }: { message: string; request: string }) =>
      post(`/api/v1/messages/${encodeURIComponent(message)}/assign`, { request_id: request }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['messages'] });
      await qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  return (
    <>
      <Title order={1} mb="md">{t('inbox.title')}</Title>
      <SegmentedControl
        mb="md"
        aria-label={t('inbox.view')}
        value={view}
        onChange={(v) => setView(v as 'unmatched' | 'all')}
        data={[
          { value: 'unmatched', label: t('inbox.unmatched') },
          { value: 'all', label: t('inbox.all') },
        ]}
      />
      <Text size="sm" mb="md">{view === 'unmatched' ? t('inbox.unmatchedHelp') : t('inbox.allHelp')}</Text>
      {assign.isError ? <ErrorNote error={assign.error} /> : null}
      {list.isPending ? <Loading /> : list.isError ? <ErrorNote error={list.error} /> : list.data.items.length === 0 ? (
        <Text>{view === 'unmatched' ? t('inbox.penEmpty') : t('inbox.empty')}</Text>
      ) : (
        <ul className="message-list">
          {list.data.items.map((m) => (
            <li key={m.id}>
              <Paper withBorder p="sm" mb="sm">
                <div className="row-between">
                  <Text fw={600} className="subject">{m.subject || t('request.noSubject')}</Text>
                  <Text size="sm" className="muted">{formatDate(m.received_at, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Text>
                </div>
                <Text size="sm">{t('request.from', { from: [m.from_name, m.from && `<${m.from}>`].filter(Boolean).join(' ') })} · {t(`messageKind.${m.kind}`, { defaultValue: m.kind })}</Text>
                {m.attachments?.length ? (
                  <Text size="sm">{t('request.attachments')}: {m.attachments.map((a) => a.filename).join(', ')}</Text>
                ) : null}
                {m.request_id ? (
                  <Link to={`/requests/${m.request_id}`}>{t('inbox.openRequest')}</Link>
                ) : (
                  <RequestFinder
                    label={t('inbox.assignTo')}
                    busy={assign.isPending && assign.variables?.message === m.id}
                    onPick={(r) => assign.mutate({ message: m.id, request: r.id })}
                  />
                )}
              </Paper>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
