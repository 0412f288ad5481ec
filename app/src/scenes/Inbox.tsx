import { useState } from 'react';
import { Paper, SegmentedControl, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get, post } from '../api/client';
import type { Message, Page } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { RequestFinder } from '../components/RequestFinder';
import { OutboxList } from '../components/OutboxList';
import { MessageText } from '../components/MessageText';
import { AllMail } from '../components/AllMail';
import { formatDate } from '../lib/dates';

function HoldingPen() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery({ queryKey: ['messages', 'unmatched'], queryFn: () => get<Page<Message>>('/api/v1/messages?unmatched=true&limit=100') });
  const assign = useMutation({
    mutationFn: ({ message, request }: { message: string; request: string }) =>
      post(`/api/v1/messages/${encodeURIComponent(message)}/assign`, { request_id: request }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['messages'] });
      await qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorNote error={list.error} />;
  return (
    <>
      <Text size="sm" mb="md">{t('inbox.unmatchedHelp')}</Text>
      {assign.isError ? <ErrorNote error={assign.error} /> : null}
      {assign.isSuccess ? <Text role="status" size="sm">{t('inbox.assigned')}</Text> : null}
      {list.data.items.length === 0 ? <Text>{t('inbox.penEmpty')}</Text> : (
        <ul className="message-list">
          {list.data.items.map((m) => (
            <li key={m.id}>
              <Paper withBorder p="sm" mb="sm">
                <div className="row-between">
                  <Text fw={600} className="subject">{m.subject || t('request.noSubject')}</Text>
                  <Text size="sm" className="muted">{formatDate(m.received_at, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Text>
                </div>
                <Text size="sm">{t('request.from', { from: [m.from_name, m.from && `<${m.from}>`].filter(Boolean).join(' ') })} · {t(`messageKind.${m.kind}`, { defaultValue: m.kind })}</Text>
                {m.attachments?.length ? <Text size="sm">{t('request.attachments')}: {m.attachments.map((a) => a.filename).join(', ')}</Text> : null}
                <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open ? m.id : null)}>
                  <summary>{t('request.showMessage')}</summary>
                  {open === m.id ? <MessageText id={m.id} /> : null}
                </details>
                <RequestFinder
                  label={t('inbox.assignTo')}
                  busy={assign.isPending && assign.variables?.message === m.id}
                  onPick={(r) => assign.mutate({ message: m.id, request: r.id })}
                />
              </Paper>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Mail: all of the organisation's mail (read state), the holding pen of unmatched messages (assign each to a request) and the outbox. */
export default function Inbox() {
  const { t } = useTranslation();
  const [view, setView] = useState<'all' | 'unmatched' | 'outbox'>('unmatched');
  return (
    <>
      <Title order={1} mb="md">{t('inbox.title')}</Title>
      <SegmentedControl
        mb="md"
        aria-label={t('inbox.view')}
        value={view}
        onChange={(v) => setView(v as 'all' | 'unmatched' | 'outbox')}
        data={[
          { value: 'all', label: t('inbox.all') },
          { value: 'unmatched', label: t('inbox.unmatched') },
          { value: 'outbox', label: t('outbox.title') },
        ]}
      />
      {view === 'all' ? <AllMail /> : view === 'unmatched' ? <HoldingPen /> : (
        <>
          <Text size="sm" mb="md">{t('outbox.help')}</Text>
          <OutboxList />
        </>
      )}
    </>
  );
}
