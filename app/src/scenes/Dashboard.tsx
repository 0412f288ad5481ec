import { lazy, Suspense } from 'react';
import { Badge, Paper, Title, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { dashboardQuery, DASHBOARD_LIMIT } from '../api/queries';
import type { Dashboard as DashboardData, DashboardItem } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { formatDate } from '../lib/dates';

// The mail panels (buttons, their own endpoints) load as a separate chunk after the first paint,
// so the first load stays small (app/README.md "Sizes").
const UnreadRepliesPanel = lazy(() => import('./DashboardMail').then((m) => ({ default: m.UnreadRepliesPanel })));
const SuggestedEventsPanel = lazy(() => import('./DashboardMail').then((m) => ({ default: m.SuggestedEventsPanel })));

// The API returns the first LIMIT rows of each list (and counts by status); a dashboard over
// 10,000 requests stays light, and the long tail lives in the request list with the same filter.
const LIMIT = DASHBOARD_LIMIT;

type Section = 'overdue' | 'may_sue' | 'appeal_windows_closing' | 'due';
const SECTIONS: { key: Section; more?: string; tone: string }[] = [
  { key: 'overdue', more: '/requests?overdue=true', tone: 'red' },
  { key: 'may_sue', more: '/requests?status=may-sue', tone: 'grape' },
  { key: 'appeal_windows_closing', more: '/requests?status=appeal-window-open', tone: 'orange' },
  { key: 'due', tone: 'blue' },
];

export interface Panel { items: DashboardItem[] | null; count: number | null; more: boolean }

/** Each deadline panel's rows and how many there are in all (the mail panels live in DashboardMail.tsx). */
export function panels(d: DashboardData): Record<Section, Panel> {
  const by = d.counts?.by_status ?? null;
  const sum = (...s: string[]) => (by ? s.reduce((n, k) => n + (by[k] ?? 0), 0) : null);
  const panel = (items: DashboardItem[] | undefined, total: number | null): Panel => {
    if (!items) return { items: null, count: null, more: false };
    const count = total ?? items.length;
    return { items, count, more: count > items.length || (total === null && items.length >= LIMIT) };
  };
  return {
    overdue: panel(d.overdue, sum('overdue', 'may-sue', 'appeal-overdue')),
    may_sue: panel(d.may_sue, null),
    appeal_windows_closing: panel(d.appeal_windows_closing, null),
    due: panel(d.due, null),
  };
}

function ItemLine({ section, item }: { section: Section; item: DashboardItem }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const requestId = item.request_id ?? item.id;
  const due = item.deadline?.due ?? null;
  const detail = (() => {
    switch (section) {
      case 'overdue':
        return item.overdue_working_days == null ? t('dashboard.overdueUnknown') : t('dashboard.overdueBy', { count: item.overdue_working_days });
      case 'may_sue':
        return due ? t('dashboard.maySueSince', { date: formatDate(due, lang) }) : '';
      case 'appeal_windows_closing':
      case 'due':
        return due
          ? `${t(`deadline.kind.${item.deadline!.kind}`, { defaultValue: item.deadline!.kind })}: ${formatDate(due, lang)}`
          : t('deadline.noDate');
    }
  })();
  return (
    <li className="dash-item">
      <Link to={`/requests/${encodeURIComponent(requestId)}`}>{item.title || item.subject || requestId}</Link>
      {item.agency?.name ? <span className="muted"> · {item.agency.name}</span> : null}
      {detail ? <div className="dash-detail">{detail}</div> : null}
    </li>
  );
}

export default function Dashboard() {
  const { t, i18n } = useTranslation();
  const q = useQuery(dashboardQuery);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNote error={q.error} />;
  const data = panels(q.data);
  return (
    <>
      <div className="row-between">
        <Title order={1} mb="md">{t('dashboard.title')}</Title>
        {q.data.today ? <Text className="muted">{t('dashboard.asOf', { date: formatDate(q.data.today, i18n.language, { dateStyle: 'full' }) })}</Text> : null}
      </div>
      <div className="dash-grid">
        {SECTIONS.map((s) => {
          const p = data[s.key];
          return (
            <Paper key={s.key} withBorder p="md" component="section" aria-labelledby={`dash-${s.key}`} data-section={s.key}>
              <div className="row-between">
                <Title order={2} size="h4" id={`dash-${s.key}`}>{t(`dashboard.${s.key}`)}</Title>
                {p.count !== null ? (
                  <Badge color={s.tone} variant="light">{p.more && p.count <= (p.items?.length ?? 0) ? `${p.count}+` : p.count}</Badge>
                ) : null}
              </div>
              <Text size="sm" c="dimmed" mb="xs">{t(`dashboard.${s.key}_help`)}</Text>
              {p.items === null ? (
                <Text size="sm" className="muted">{t('dashboard.notYet')}</Text>
              ) : p.items.length === 0 ? (
                <Text size="sm">{t('dashboard.none')}</Text>
              ) : (
                <ul className="dash-list">
                  {p.items.map((it, i) => <ItemLine key={`${it.id}-${i}`} section={s.key} item={it} />)}
                </ul>
              )}
              {p.more && s.more ? <Link to={s.more}>{t('dashboard.seeAll', { count: p.count ?? 0 })}</Link> : null}
            </Paper>
          );
        })}
        <Suspense fallback={null}>
          <UnreadRepliesPanel />
          <SuggestedEventsPanel />
        </Suspense>
      </div>
    </>
  );
}
