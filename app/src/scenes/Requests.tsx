import { useState } from 'react';
import { Button, Checkbox, NativeSelect, Table, TextInput, Title, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, qs } from '../api/client';
import type { Page, RequestSummary } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { formatDate } from '../lib/dates';
import { STATUSES } from '../lib/eventKinds';
import { ExportButton } from '../components/JobProgressStarters';
import { useMayStartWork } from '../api/jobs';

export default function Requests() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const overdue = params.get('overdue') === 'true';
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const [text, setText] = useState(q);
  const list = useInfiniteQuery({
    queryKey: ['requests', { overdue, q, status }],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      get<Page<RequestSummary>>(`/api/v1/requests${qs({ overdue: overdue || undefined, q, status, cursor: pageParam })}`, signal),
    getNextPageParam: (last) => last.next_cursor ?? null,
  });
  const update = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v); else p.delete(k);
    setParams(p);
  };
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const mayExport = useMayStartWork();
  return (
    <>
      <div className="row-between">
        <Title order={1}>{t('requests.title')}</Title>
        <Button component={Link} to="/requests/new">{t('nav.compose')}</Button>
      </div>
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); update({ q: text }); }}>
        <TextInput label={t('requests.filter')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <NativeSelect
          label={t('requests.col.status')}
          value={status}
          onChange={(e) => update({ status: e.currentTarget.value || null })}
          data={[{ value: '', label: t('requests.clearStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
        <Checkbox label={t('requests.onlyOverdue')} checked={overdue} onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : null })} />
        <Button type="submit" variant="default">{t('common.apply')}</Button>
      </form>
      {mayExport ? (
        <ExportButton
          key={`${status}|${overdue}|${q}`}
          selection={{ filter: { status: status ? [status] : undefined, overdue: overdue || undefined, q: q || undefined } }}
          label={t('jobs.exportList')}
        />
      ) : null}
      {list.isPending ? <Loading /> : list.isError ? <ErrorNote error={list.error} /> : items.length === 0 ? (
        <Text>{t('requests.empty')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('requests.col.title')}</Table.Th>
              <Table.Th>{t('requests.col.agency')}</Table.Th>
              <Table.Th>{t('requests.col.status')}</Table.Th>
              <Table.Th>{t('requests.col.filed')}</Table.Th>
              <Table.Th>{t('requests.col.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => {
              const response = r.deadlines?.find((d) => d.kind === 'response');
              return (
                <Table.Tr key={r.id}>
                  <Table.Td><Link to={`/requests/${r.id}`}>{r.title}</Link></Table.Td>
                  <Table.Td>{r.agency?.name ?? t('common.unknown')}</Table.Td>
                  <Table.Td>{t(`status.${r.status}`, { defaultValue: r.status })}</Table.Td>
                  <Table.Td>{r.filed_on ? formatDate(r.filed_on, i18n.language) : t('requests.notFiled')}</Table.Td>
                  <Table.Td>{response ? (response.due ? formatDate(response.due, i18n.language) : <span className="due unknown">{t('deadline.basis.unknown')}</span>) : ''}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {list.hasNextPage ? (
        <Button variant="default" mt="md" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.more')}</Button>
      ) : null}
    </>
  );
}
