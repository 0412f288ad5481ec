import { Badge, Button, Paper, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, post } from '../api/client';
import type { OutboxItem, Page } from '../api/types';
import { Loading } from './Loading';
import { ErrorNote } from './ErrorNote';
import { formatDate } from '../lib/dates';

/** The organisation's outbound mail; drafts can be sent from here. */
export function OutboxList() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['outbox', 'all'], queryFn: () => get<Page<OutboxItem>>('/api/v1/outbox?limit=100') });
  const send = useMutation({
    mutationFn: (id: string) => post(`/api/v1/outbox/${encodeURIComponent(id)}/send`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['outbox'] }),
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorNote error={list.error} />;
  if (!list.data.items.length) return <Text>{t('outbox.empty')}</Text>;
  return (
    <ul className="message-list">
      {send.isError ? <li><ErrorNote error={send.error} /></li> : null}
      {list.data.items.map((o) => (
        <li key={o.id}>
          <Paper withBorder p="sm" mb="sm">
            <div className="row-between">
              <Text fw={600} className="subject">{o.subject}</Text>
              <Badge variant="light" color={o.status === 'failed' ? 'red' : o.status === 'sent' ? 'green' : 'gray'}>{t(`outbox.status.${o.status}`, { defaultValue: o.status })}</Badge>
            </div>
            <Text size="sm">
              {t(`letters.kindName.${o.letter_kind}`, { defaultValue: o.letter_kind })} · {o.to.length ? t('request.to', { to: o.to.join(', ') }) : t('outbox.noRecipient')} · {formatDate(o.sent_at ?? o.created_at, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
            </Text>
            {o.last_error ? <Text size="sm" className="error-text">{o.last_error}</Text> : null}
            <div className="row">
              <Link to={`/requests/${encodeURIComponent(o.request_id)}`}>{t('inbox.openRequest')}</Link>
              {o.status === 'draft' ? (
                <Button size="xs" onClick={() => send.mutate(o.id)} loading={send.isPending && send.variables === o.id}>{t('outbox.send')}</Button>
              ) : null}
            </div>
          </Paper>
        </li>
      ))}
    </ul>
  );
}
