import { Badge, Button, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, post } from '../api/client';
import type { MailboxItem, OpenSuggestion, Page } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { formatDate } from '../lib/dates';

// The two mail-side panels of the dashboard, each from its own endpoint (the dashboard endpoint
// covers deadlines only): unread replies (GET /messages?unread=true&kind=reply) and suggested
// events waiting across the organisation (GET /suggested-events), confirmed or dismissed here.
export const MAIL_PANEL_LIMIT = 20;

function PanelFrame({ id, tone, count, more, children }: { id: string; tone: string; count: number | null; more: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`dash-${id}`} data-section={id}>
      <div className="row-between">
        <Title order={2} size="h4" id={`dash-${id}`}>{t(`dashboard.${id}`)}</Title>
        {count !== null ? <Badge color={tone} variant="light">{more ? `${count}+` : count}</Badge> : null}
      </div>
      <Text size="sm" c="dimmed" mb="xs">{t(`dashboard.${id}_help`)}</Text>
      {children}
    </Paper>
  );
}

export function UnreadRepliesPanel() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['messages', 'unread-replies'],
    queryFn: () => get<Page<MailboxItem>>(`/api/v1/messages?unread=true&kind=reply&limit=${MAIL_PANEL_LIMIT}`),
  });
  const markRead = useMutation({
    mutationFn: (id: string) => post(`/api/v1/messages/${encodeURIComponent(id)}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['messages'] }),
  });
  const items = q.data?.items ?? null;
  return (
    <PanelFrame id="unread_replies" tone="teal" count={items ? items.length : null} more={!!q.data?.next_cursor}>
      {q.isPending ? <Loading /> : q.isError ? <ErrorNote error={q.error} /> : items!.length === 0 ? <Text size="sm">{t('dashboard.none')}</Text> : (
        <ul className="dash-list">
          {items!.map((m) => (
            <li key={m.id} className="dash-item" data-message={m.id}>
              {m.request_id
                ? <Link to={`/requests/${encodeURIComponent(m.request_id)}`}>{m.request_title || m.request_id}</Link>
                : <Link to="/inbox">{t('dashboard.unmatchedMail')}</Link>}
              <div className="dash-detail">{[m.from_name || m.from, m.subject || t('request.noSubject')].filter(Boolean).join(' — ')}</div>
              <div className="row-between">
                <Text size="xs" className="muted">{formatDate(m.received_at, i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}</Text>
                <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate(m.id)} loading={markRead.isPending && markRead.variables === m.id}>
                  {t('dashboard.markRead')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {markRead.isError ? <ErrorNote error={markRead.error} /> : null}
      {q.data?.next_cursor ? <Link to="/inbox">{t('dashboard.allMail')}</Link> : null}
    </PanelFrame>
  );
}

export function SuggestedEventsPanel() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['suggested-events'],
    queryFn: () => get<Page<OpenSuggestion>>(`/api/v1/suggested-events?limit=${MAIL_PANEL_LIMIT}`),
  });
  const decide = useMutation({
    mutationFn: ({ id, verb }: { id: string; verb: 'accept' | 'dismiss' }) => post(`/api/v1/suggestions/${encodeURIComponent(id)}/${verb}`, {}),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['suggested-events'] });
      await qc.invalidateQueries({ queryKey: ['dashboard'] });
      await qc.invalidateQueries({ queryKey: ['request'] });
    },
  });
  const items = q.data?.items ?? null;
  return (
    <PanelFrame id="suggested_events" tone="yellow" count={items ? items.length : null} more={!!q.data?.next_cursor}>
      {q.isPending ? <Loading /> : q.isError ? <ErrorNote error={q.error} /> : items!.length === 0 ? <Text size="sm">{t('dashboard.none')}</Text> : (
        <ul className="dash-list">
          {items!.map((s) => (
            <li key={s.id} className="dash-item dash-suggestion" data-suggestion={s.id}>
              <Link to={`/requests/${encodeURIComponent(s.request_id)}`}>{s.request_title || s.request_id}</Link>
              <div className="dash-detail">
                {t(`events.${s.kind}`, { defaultValue: s.kind })} · {formatDate(s.date, i18n.language)}
              </div>
              <Text size="sm" className="pre-wrap">“{s.sentence}”</Text>
              {s.can_decide ? (
                <div className="row">
                  <Button size="compact-xs" onClick={() => decide.mutate({ id: s.id, verb: 'accept' })} loading={decide.isPending && decide.variables?.id === s.id && decide.variables.verb === 'accept'}>
                    {t('request.confirm')}
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => decide.mutate({ id: s.id, verb: 'dismiss' })} loading={decide.isPending && decide.variables?.id === s.id && decide.variables.verb === 'dismiss'}>
                    {t('request.dismiss')}
                  </Button>
                </div>
              ) : <Text size="xs" className="muted">{t('dashboard.viewerCannotDecide')}</Text>}
            </li>
          ))}
        </ul>
      )}
      {decide.isError ? <ErrorNote error={decide.error} /> : null}
      {decide.isSuccess ? <Text role="status" size="sm">{t(decide.variables.verb === 'accept' ? 'dashboard.confirmed' : 'dashboard.dismissed')}</Text> : null}
    </PanelFrame>
  );
}
