import { Badge, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, get } from '../api/client';
import type { AgencyDetail, Scorecard } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { BarChart } from '../components/BarChart';
import { AgencyContactsView } from '../components/AgencyContactsView';

function exemptionBars(ex: Scorecard['exemptions']) {
  if (!ex) return [];
  const list = Array.isArray(ex) ? ex : Object.entries(ex).map(([exemption, count]) => ({ exemption, count }));
  return list.sort((a, b) => b.count - a.count).map((e) => ({ label: e.exemption, value: e.count }));
}

/** Our own requests to this agency: medians, share overdue, exemptions cited. */
function ScorecardView({ s }: { s: Scorecard }) {
  const { t } = useTranslation();
  const ex = exemptionBars(s.exemptions);
  if (s.requests === 0) return <Text size="sm" data-scorecard="empty">{t('agencies.noOwnRequests')}</Text>;
  return (
    <div data-scorecard="own">
      {s.requests != null ? <Text size="sm">{t('agencies.basedOn', { count: s.requests })}</Text> : null}
      <BarChart
        title={t('agencies.medianDays')}
        unit={` ${t('agencies.days')}`}
        bars={[
          { label: t('agencies.toFirstResponse'), value: s.median_days_to_first_response ?? null },
          { label: t('agencies.toCompletion'), value: s.median_days_to_completion ?? null },
        ]}
      />
      {s.responded != null && s.completed != null ? (
        <Text size="xs" className="muted">{t('agencies.medianOver', { responded: s.responded, completed: s.completed })}</Text>
      ) : null}
      <BarChart title={t('agencies.shareOverdue')} unit="%" bars={[{ label: t('agencies.overdue'), value: s.share_overdue == null ? null : Math.round(s.share_overdue * 100) }]} />
      {s.overdue != null && s.with_deadline != null ? (
        <Text size="xs" className="muted">{t('agencies.overdueOf', { overdue: s.overdue, total: s.with_deadline })}</Text>
      ) : null}
      {ex.length ? <BarChart title={t('agencies.exemptionsCited')} bars={ex} /> : s.exemptions ? <Text size="sm" mt="sm">{t('agencies.noExemptions')}</Text> : null}
      {s.method?.length ? (
        <details>
          <summary>{t('agencies.howCounted')}</summary>
          <ul className="small">{s.method.map((m, i) => <li key={i}>{m}</li>)}</ul>
        </details>
      ) : null}
    </div>
  );
}

/** FOIA.gov annual-report figures: one chart per measure, one bar per fiscal year (latest six). */
export function TimeStatsView({ stats }: { stats: Record<string, Record<string, number | string>> }) {
  const { t } = useTranslation();
  const years = Object.keys(stats).sort().slice(-6);
  const measures = [...new Set(years.flatMap((y) => Object.keys(stats[y])))].filter((m) => /median/.test(m)).sort();
  if (!measures.length) return null;
  return (
    <>
      {measures.map((m) => (
        <BarChart
          key={m}
          title={t(`agencies.measure.${m}`, { defaultValue: m.replace(/_/g, ' ') })}
          unit={` ${t('agencies.days')}`}
          bars={years.map((y) => {
            const v = stats[y][m];
            return { label: t('agencies.fiscalYear', { year: y }), value: typeof v === 'number' ? v : null, text: typeof v === 'string' ? v : undefined };
          })}
        />
      ))}
      <Text size="xs" className="muted">{t('agencies.timeStatsSource')}</Text>
    </>
  );
}

export default function AgencyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const agency = useQuery({ queryKey: ['agency', id], queryFn: () => get<AgencyDetail>(`/api/v1/agencies/${encodeURIComponent(id)}`) });
  const scorecard = useQuery({
    queryKey: ['agency', id, 'scorecard'],
    queryFn: async () => {
      try {
        return await get<Scorecard>(`/api/v1/agencies/${encodeURIComponent(id)}/scorecard`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null; // not offered yet
        throw e;
      }
    },
    enabled: agency.isSuccess && !agency.data.scorecard,
  });
  // Exemptions marked on the pages of records received from this agency (requests you may read).
  const exemptions = useQuery({
    queryKey: ['agency', id, 'exemptions'],
    queryFn: () => get<{ items: { code: string; count: number; pages: number }[] }>(`/api/v1/exemptions?agency=${encodeURIComponent(id)}`),
    // The scorecard counts exemptions itself; this older source is only asked when it does not.
    enabled: agency.isSuccess && (agency.data.scorecard ? !agency.data.scorecard.exemptions : scorecard.isSuccess && !scorecard.data?.exemptions),
  });
  if (agency.isPending) return <Loading />;
  if (agency.isError) return <ErrorNote error={agency.error} />;
  const a = agency.data;
  const card = a.scorecard ?? scorecard.data ?? null;
  return (
    <>
      <Title order={1} size="h2">{a.name}{a.abbreviation ? ` (${a.abbreviation})` : ''}</Title>
      <Text className="muted">
        {a.jurisdiction}
        {a.parent ? <> · {t('agencies.parent')}: <Link to={`/agencies/${encodeURIComponent(a.parent.id)}`}>{a.parent.name}</Link></> : null}
        {a.example ? <> · <Badge color="gray" variant="outline">{t('agencies.example')}</Badge></> : null}
      </Text>
      {a.description ? <Text mt="xs" className="pre-wrap">{a.description}</Text> : null}
      <div className="two-col">
        <Paper withBorder p="md" component="section" aria-labelledby="contacts-title">
          <Title order={2} size="h4" id="contacts-title">{t('agencies.contacts')}</Title>
          <AgencyContactsView c={a.contacts} />
          {a.source ? <Text size="xs" className="muted" mt="sm">{t('agencies.sourceLine', { source: a.source, date: a.source_date ?? '' })}</Text> : null}
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="scorecard-title">
          <Title order={2} size="h4" id="scorecard-title">{t('agencies.scorecard')}</Title>
          {card ? <ScorecardView s={card} /> : scorecard.isFetching ? <Loading /> : <Text size="sm" className="muted">{t('agencies.noScorecard')}</Text>}
          {exemptions.isError ? <ErrorNote error={exemptions.error} /> : null}
          {exemptions.data ? (
            exemptions.data.items.length ? (
              <BarChart title={t('agencies.exemptionsCited')} bars={exemptions.data.items.map((e) => ({ label: e.code, value: e.count }))} />
            ) : (
              <Text size="sm" mt="sm">{t('agencies.noExemptions')}</Text>
            )
          ) : null}
          {a.request_time_stats ? (
            <>
              <Title order={3} size="h5" mt="md">{t('agencies.reportedTimes')}</Title>
              <TimeStatsView stats={a.request_time_stats} />
            </>
          ) : null}
        </Paper>
      </div>
      {a.components.length ? (
        <Paper withBorder p="md" mt="md" component="section" aria-labelledby="components-title">
          <Title order={2} size="h4" id="components-title">{t('agencies.components')}</Title>
          <ul className="columns">
            {a.components.map((c) => <li key={c.id}><Link to={`/agencies/${encodeURIComponent(c.id)}`}>{c.name}</Link></li>)}
          </ul>
        </Paper>
      ) : null}
    </>
  );
}
