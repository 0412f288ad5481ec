import { Badge, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, get, post } from '../api/client';
import type { Message, OutboxItem, Page, RequestDetail, Suggestion } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { DeadlineCard } from '../components/DeadlineCard';
import { Timeline } from '../components/Timeline';
import { AddEventForm } from '../components/AddEventForm';
import { Letters } from '../components/Letters';
import { DocumentList } from '../components/DocumentList';
import { DocumentUpload } from '../components/DocumentUpload';
import { ExportButton } from '../components/JobProgressStarters';
import { DEADLINE_START } from '../lib/eventKinds';
import { formatDate } from '../lib/dates';

const STATUS_COLOR: Record<string, string> = {
  overdue: 'red', 'appeal-overdue': 'red', 'may-sue': 'grape', 'in-litigation': 'grape', 'appeal-window-open': 'orange',
  closed: 'gray', withdrawn: 'gray', draft: 'gray', unknown: 'yellow',
};

function startOf(kind: string, r: RequestDetail): string | null {
  if (kind === 'may-sue') return r.deadlines.find((d) => d.kind === 'response')?.due ?? null;
  for (const k of DEADLINE_START[kind] ?? []) {
    const e = [...r.events].reverse().find((ev) => ev.kind === k);
    if (e) return e.date;
  }
  return kind === 'response' ? (r.received_on ?? r.filed_on) : null;
}

/** Lists the mail feature serves; an older server without them answers 404 and the list is empty. */
async function optionalList<T>(path: string): Promise<T[]> {
  try {
    return (await get<Page<T>>(path)).items;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404 && e.code === 'route-not-found') return [];
    throw e;
  }
}

export default function RequestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const rid = encodeURIComponent(id);
  const q = useQuery({
    queryKey: ['request', id],
    queryFn: () => get<RequestDetail>(`/api/v1/requests/${rid}`),
    // Documents are read in the background: poll while any is still processing, so progress shows.
    refetchInterval: (query) => (query.state.data?.documents?.some((d) => d.status === 'processing') ? 3000 : false),
  });
  const messages = useQuery({ queryKey: ['messages', 'request', id], queryFn: () => optionalList<Message>(`/api/v1/messages?request=${rid}&limit=200`) });
  const outbox = useQuery({ queryKey: ['outbox', id], queryFn: () => optionalList<OutboxItem>(`/api/v1/outbox?request=${rid}&limit=200`) });
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['request', id] });
    await qc.invalidateQueries({ queryKey: ['messages'] });
    await qc.invalidateQueries({ queryKey: ['dashboard'] });
  };
  const accept = useMutation({ mutationFn: (s: Suggestion) => post(`/api/v1/suggestions/${encodeURIComponent(s.id)}/accept`, {}), onSuccess: refresh });
  const dismiss = useMutation({ mutationFn: (s: Suggestion) => post(`/api/v1/suggestions/${encodeURIComponent(s.id)}/dismiss`, {}), onSuccess: refresh });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const r = q.data;
  const canWrite = r.can_write !== false;
  const busy = accept.isPending ? (accept.variables?.id ?? null) : dismiss.isPending ? (dismiss.variables?.id ?? null) : null;
  return (
    <>
      <header className="request-header">
        <Title order={1}>{r.title}</Title>
        <Text>
          {r.agency?.name ?? t('common.unknown')} · {r.jurisdiction} ·{' '}
          <Badge variant="light" color={STATUS_COLOR[r.status] ?? 'blue'}>{t(`status.${r.status}`, { defaultValue: r.status })}</Badge>
        </Text>
        <Text size="sm" className="muted">
          {r.filed_on ? t('request.filedOn', { date: formatDate(r.filed_on, i18n.language, { dateStyle: 'long' }) }) : t('requests.notFiled')}
          {r.tracking_number ? <> · {t('request.trackingNumber')}: {r.tracking_number}</> : null}
          {r.reply_address ? <> · {t('request.replyAddress')}: <code>{r.reply_address}</code></> : null}
        </Text>
        {r.overdue_working_days ? <Text className="due overdue">{t('dashboard.overdueBy', { count: r.overdue_working_days })}</Text> : null}
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
        {r.fee_waiver || r.expedited ? (
          <dl className="small justifications">
            {r.fee_waiver ? <><dt>{t('request.feeWaiverAsked')}</dt><dd className="pre-wrap">{r.fee_waiver_reason ?? t('request.noReason')}</dd></> : null}
            {r.expedited ? <><dt>{t('request.expeditedAsked')}</dt><dd className="pre-wrap">{r.expedited_reason ?? t('request.noReason')}</dd></> : null}
          </dl>
        ) : null}
      </header>
      <div className="request-layout">
        <section aria-labelledby="timeline-title" className="request-timeline">
          <Title order={2} size="h3" id="timeline-title">{t('request.timeline')}</Title>
          {accept.isError ? <ErrorNote error={accept.error} /> : null}
          {dismiss.isError ? <ErrorNote error={dismiss.error} /> : null}
          {messages.isError ? <ErrorNote error={messages.error} /> : null}
          <Timeline
            events={r.events}
            messages={messages.data ?? []}
            outbox={outbox.data ?? []}
            actions={{ accept: (s) => accept.mutate(s), dismiss: (s) => dismiss.mutate(s), busy, canWrite }}
          />
          {canWrite ? (
            <Paper withBorder p="md" mt="md">
              <AddEventForm requestId={r.id} />
            </Paper>
          ) : null}
        </section>
        <aside aria-labelledby="deadlines-title" className="request-side">
          <Title order={2} size="h3" id="deadlines-title">{t('request.deadlines')}</Title>
          {r.deadlines.length === 0 ? <Text>{t('request.noDeadlines')}</Text> : null}
          {r.deadlines.map((d) => <DeadlineCard key={d.kind} deadline={d} start={startOf(d.kind, r)} />)}
          <Title order={2} size="h3" mt="lg">{t('letters.title')}</Title>
          <Letters requestId={r.id} canWrite={canWrite} />
          <Title order={2} size="h3" mt="lg">{t('request.documents')}</Title>
          <DocumentList documents={r.documents ?? []} />
          {canWrite ? <DocumentUpload requestId={r.id} /> : null}
          {canWrite ? <><Title order={2} size="h3" mt="lg">{t('jobs.exportTitle')}</Title><ExportButton selection={{ request_id: r.id }} label={t('jobs.exportRequest')} /></> : null}
        </aside>
      </div>
    </>
  );
}
