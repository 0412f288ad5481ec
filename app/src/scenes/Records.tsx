import { useState, type FormEvent } from 'react';
import { Button, Paper, SegmentedControl, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, qs } from '../api/client';
import type { DocumentSummary, Page, SearchHit } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { DocumentList } from '../components/DocumentList';
import { Highlighted } from '../components/Highlighted';
import { ReingestButton } from '../components/JobProgressStarters';
import { useMayStartWork } from '../api/jobs';

/** A hit names its document: the API sends only the id, so the name comes from the document (cached, shared with the viewer). */
function DocumentName({ id }: { id: string }) {
  const { t } = useTranslation();
  const d = useQuery({ queryKey: ['document', id], queryFn: () => get<DocumentSummary>(`/api/v1/documents/${encodeURIComponent(id)}`), staleTime: 60_000 });
  return <>{d.data?.filename ?? t('records.document')}</>;
}

function SearchResults({ q }: { q: string }) {
  const { t } = useTranslation();
  const hits = useQuery({
    queryKey: ['search', q],
    queryFn: ({ signal }) => get<Page<SearchHit>>(`/api/v1/search${qs({ q })}`, signal),
  });
  if (hits.isPending) return <Loading label={t('records.searching')} />;
  if (hits.isError) return <ErrorNote error={hits.error} />;
  if (!hits.data.items.length) return <Text>{t('records.noHits', { q })}</Text>;
  return (
    <ol className="hits" aria-label={t('records.hits', { count: hits.data.items.length })}>
      {hits.data.items.map((h, i) => (
        <li key={`${h.kind}-${h.ref_id ?? h.document_id}-${h.page}-${i}`}>
          {h.document_id ? (
            <Link to={`/records/${encodeURIComponent(h.document_id)}?page=${h.page ?? 1}&q=${encodeURIComponent(q)}`}>
              {h.filename ?? <DocumentName id={h.document_id} />}{h.page ? ` · ${t('records.page', { n: h.page })}` : ''}
            </Link>
          ) : h.request_id ? (
            <Link to={`/requests/${encodeURIComponent(h.request_id)}`}>{t(`records.hitKind.${h.kind ?? 'request'}`, { defaultValue: h.kind ?? '' })}</Link>
          ) : (
            <span>{t(`records.hitKind.${h.kind ?? 'request'}`, { defaultValue: h.kind ?? '' })}</span>
          )}
          <div><Highlighted snippet={h.snippet} query={q} /></div>
        </li>
      ))}
    </ol>
  );
}

export default function Records() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [status, setStatus] = useState<'all' | 'processing' | 'ready' | 'failed'>('all');
  // The organisation's documents (GET /api/v1/documents), newest first, a page at a time.
  const docs = useInfiniteQuery({
    queryKey: ['documents', status],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      get<Page<DocumentSummary>>(`/api/v1/documents${qs({ status: status === 'all' ? null : status, cursor: pageParam, limit: 50 })}`, signal),
    getNextPageParam: (last) => last.next_cursor ?? null,
  });
  const mayReingest = useMayStartWork();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };
  return (
    <>
      <Title order={1} mb="md">{t('records.title')}</Title>
      <form role="search" onSubmit={submit} className="filters">
        <TextInput label={t('records.search')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Button type="submit">{t('records.searchSubmit')}</Button>
      </form>
      {q ? (
        <Paper withBorder p="md" mb="md" component="section" aria-label={t('records.results')}>
          <SearchResults q={q} />
        </Paper>
      ) : null}
      <div className="row-between">
        <Title order={2} size="h3">{t('records.documents')}</Title>
        <SegmentedControl
          aria-label={t('records.col.status')}
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          data={[
            { value: 'all', label: t('records.statusAll') },
            { value: 'ready', label: t('records.status.ready') },
            { value: 'processing', label: t('records.status.processing') },
            { value: 'failed', label: t('records.status.failed') },
          ]}
        />
      </div>
      {mayReingest ? <Paper withBorder p="sm" mb="md"><ReingestButton /></Paper> : null}
      {docs.isPending ? <Loading /> : docs.isError ? <ErrorNote error={docs.error} /> : (
        <>
          <DocumentList documents={docs.data.pages.flatMap((p) => p.items)} withRequest />
          {docs.hasNextPage ? (
            <Button variant="default" mt="sm" onClick={() => docs.fetchNextPage()} loading={docs.isFetchingNextPage}>{t('records.more')}</Button>
          ) : null}
        </>
      )}
    </>
  );
}
