import { useState } from 'react';
import { Badge, Button, Paper, SegmentedControl, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, post, qs } from '../api/client';
import type { MailboxItem, Page } from '../api/types';
import { Loading } from './Loading';
import { ErrorNote } from './ErrorNote';
import { MessageText } from './MessageText';
import { formatDate } from '../lib/dates';

/** All mail of the organisation (GET /api/v1/messages), newest first, with its read state (per organisation). */
export function AllMail() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [which, setWhich] = useState<'all' | 'unread'>('all');
  const [open, setOpen] = useState<string | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['messages', 'all', which],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => get<Page<MailboxItem>>(`/api/v1/messages${qs({ unread: which === 'unread' ? 'true' : null, cursor: pageParam, limit: 50 })}`, signal),
    getNextPageParam: (last) => last.next_cursor ?? null,
  });
  const mark = useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) => post(`/api/v1/messages/${encodeURIComponent(id)}/${read ? 'read' : 'unread'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['messages'] }),
  });
  return (
    <>
      <SegmentedControl
        mb="md" size="xs" aria-label={t('inbox.readFilter')} value={which}
        onChange={(v) => setWhich(v as 'all' | 'unread')}
        data={[{ value: 'all', label: t('inbox.everything') }, { value: 'unread', label: t('inbox.onlyUnread') }]}
      />
      {mark.isError ? <ErrorNote error={mark.error} /> : null}
      {list.isPending ? <Loading /> : list.isError ? <ErrorNote error={list.error} /> : (
        <>
          {list.data.pages[0].items.length === 0 ? <Text>{t('inbox.noMail')}</Text> : (
            <ul className="message-list">
              {list.data.pages.flatMap((p) => p.items).map((m) => (
                <li key={m.id} data-message={m.id}>
                  <Paper withBorder p="sm" mb="sm">
                    <div className="row-between">
                      <Text fw={m.unread ? 700 : 400} className="subject">
                        {m.unread ? <Badge color="teal" variant="light" mr="xs">{t('inbox.unread')}</Badge> : null}
                        {m.subject || t('request.noSubject')}
                      </Text>
                      <Text size="sm" className="muted">{formatDate(m.received_at, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Text>
                    </div>
                    <Text size="sm">
                      {t('request.from', { from: [m.from_name, m.from && `<${m.from}>`].filter(Boolean).join(' ') })} · {t(`messageKind.${m.kind}`, { defaultValue: m.kind })}
                      {' · '}
                      {m.request_id ? <Link to={`/requests/${encodeURIComponent(m.request_id)}`}>{m.request_title || m.request_id}</Link> : t('inbox.unmatched')}
                    </Text>
                    <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open ? m.id : null)}>
                      <summary>{t('request.showMessage')}</summary>
                      {open === m.id ? <MessageText id={m.id} /> : null}
                    </details>
                    {m.unread !== null ? (
                      <Button size="compact-xs" variant="subtle" onClick={() => mark.mutate({ id: m.id, read: !!m.unread })} loading={mark.isPending && mark.variables?.id === m.id}>
                        {m.unread ? t('dashboard.markRead') : t('inbox.markUnread')}
                      </Button>
                    ) : null}
                  </Paper>
                </li>
              ))}
            </ul>
          )}
          {list.hasNextPage ? <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('inbox.more')}</Button> : null}
        </>
      )}
    </>
  );
}
