import { Badge, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, post } from '../api/client';
import type { RequestDetail, TimelineEvent } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { DeadlineCard } from '../components/DeadlineCard';
import { Timeline } from '../components/Timeline';
import { AddEventForm } from '../components/AddEventForm';
import { Letters } from '../components/Letters';
import { DocumentList } from '../components/DocumentList';
import { DEADLINE_START } from '../lib/eventKinds';
import { formatDate } from '../lib/dates';

function startOf(kind: string, r: RequestDetail): string | null {
  if (kind === 'may-sue') return r.deadlines.find((d) => d.kind === 'response')?.due ?? null;
  const kinds = DEADLINE_START[kind] ?? [];
  for (const k of kinds) {
    const e = [...r.events].reverse().find((ev) => ev.kind === k && ev.status !== 'suggested');
    if (e) return e.date;
  }
  return kind === 'response' ? (r.received_on ?? r.filed_on) : null;
}

export default function RequestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['request', id], queryFn: () => get<RequestDetail>(`/api/v1/requests/${encodeURIComponent(id)}`) });
  const confirm = useMutation({
    mutationFn: (e: TimelineEvent) => post(`/api/v1/requests/${encodeURIComponent(id)}/events/${encodeURIComponent(e.id)}/confirm`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['request', id] });
      await qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const r = q.data;
  return (
    <>
      <header className="request-header">
        <Title order={1}>{r.title}</Title>
        <Text>
          {r.agency?.name ?? t('common.unknown')} · {r.jurisdiction} ·{' '}
          <Badge variant="light">{t(`status.${r.status}`, { defaultValue: r.status })}</Badge>
        </Text>
        <Text size="sm" className="muted">
          {r.filed_on ? t('request.filedOn', { date: formatDate(r.filed_on, i18n.language, { dateStyle: 'long' }) }) : t('requests.notFiled')}
          {r.tracking_number ? <> · {t('request.trackingNumber')}: {r.tracking_number}</> : null}
          {r.reply_address ? <> · {t('request.replyAddress')}: <code>{r.reply_address}</code></> : null}
        </Text>
        {r.overdue_working_days ? (
          <Text className="due overdue">{t('dashboard.overdueBy', { count: r.overdue_working_days })}</Text>
        ) : null}
        {r.engine_error ? <ErrorNote error={new Error(r.engine_error.message)} title={t('request.engineError')} /> : null}
        {r.warnings?.length ? (
          <ul className="warnings" aria-label={t('request.warnings')}>
            {r.warnings.map((w, i) => <li key={i}>{w}</li>)}
          </ul>
        ) : null}
        {r.text ? (
          <details className="request-text">
            <summary>{t('request.showText')}</summary>
            <div className="pre-wrap letter-text">{r.text}</div>
          </details>
        ) : null}
      </header>
      <div className="request-layout">
        <section aria-labelledby="timeline-title" className="request-timeline">
          <Title order={2} size="h3" id="timeline-title">{t('request.timeline')}</Title>
          {confirm.isError ? <ErrorNote error={confirm.error} /> : null}
          <Timeline
            events={r.events}
            messages={r.communications ?? []}
            onConfirm={(e) => confirm.mutate(e)}
            confirming={confirm.isPending ? (confirm.variables?.id ?? null) : null}
          />
          {r.can_write !== false ? (
            <Paper withBorder p="md" mt="md">
              <AddEventForm requestId={r.id} />
            </Paper>
          ) : null}
        </section>
        <aside aria-labelledby="deadlines-title" className="request-side">
          <Title order={2} size="h3" id="deadlines-title">{t('request.deadlines')}</Title>
          {r.deadlines.length === 0 ? <Text>{t('request.noDeadlines')}</Text> : null}
          {r.deadlines.map((d) => (
            <DeadlineCard key={d.kind} deadline={d} start={startOf(d.kind, r)} />
          ))}
          <Title order={2} size="h3" mt="lg">{t('letters.title')}</Title>
          <Letters requestId={r.id} offered={r.letters} />
          <Title order={2} size="h3" mt="lg">{t('request.documents')}</Title>
          <DocumentList documents={r.documents ?? []} />
        </aside>
      </div>
    </>
  );
}
