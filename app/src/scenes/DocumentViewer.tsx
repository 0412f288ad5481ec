import { Badge, Button, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, post } from '../api/client';
import type { DocumentSummary } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { highlightTerms } from '../lib/snippet';

interface Mark { code: string; count: number }

/** GET /api/v1/documents/:id/pages/:n */
interface DocumentPage {
  page: number;
  pages: number | null;
  text: string;
  source: string;
  ocr_confidence: number | null;
  note: string | null;
  bates: string[];
  exemptions: Mark[];
}

/** GET /api/v1/documents/:id */
interface DocumentDetail extends DocumentSummary {
  request_id: string | null;
  kind: string | null;
  media_type?: string | null;
  exemptions: Mark[];
  page_list: { page: number; exemptions: Mark[] }[];
}

/** One page of a record: the page image beside its extracted text, with the exemptions marked on it. */
export default function DocumentViewer() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const n = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const q = params.get('q') ?? '';
  const did = encodeURIComponent(id);
  const doc = useQuery({
    queryKey: ['document', id],
    queryFn: () => get<DocumentDetail>(`/api/v1/documents/${did}`),
    // Reading a document is background work: poll while it is processing so progress shows.
    refetchInterval: (query) => (query.state.data?.status === 'processing' ? 2000 : false),
  });
  const page = useQuery({
    queryKey: ['document', id, 'page', n],
    queryFn: () => get<DocumentPage>(`/api/v1/documents/${did}/pages/${n}`),
    enabled: doc.isSuccess && doc.data.status === 'ready',
  });
  const reprocess = useMutation({
    mutationFn: () => post(`/api/v1/documents/${did}/reprocess`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['document', id] }),
  });
  if (doc.isPending) return <Loading />;
  if (doc.isError) return <ErrorNote error={doc.error} />;
  const d = doc.data;
  const go = (to: number) => {
    const p = new URLSearchParams(params);
    p.set('page', String(to));
    setParams(p);
  };
  const drawable = d.kind === 'pdf' || d.media_type === 'image/png';
  return (
    <>
      <Title order={1} size="h2">{d.filename}</Title>
      <Text size="sm" className="muted">
        SHA-256 <code>{d.sha256}</code>
        {d.request_id ? <> · <Link to={`/requests/${encodeURIComponent(d.request_id)}`}>{t('records.openRequest')}</Link></> : null}
        {' · '}<a href={`/api/v1/documents/${did}/file`}>{t('records.download')}</a>
      </Text>
      {d.exemptions?.length ? (
        <div className="row" aria-label={t('records.exemptionsDocument')}>
          <Text size="sm" fw={600}>{t('records.exemptionsDocument')}:</Text>
          {d.exemptions.map((x) => <Badge key={x.code} color="red" variant="light">{x.code} × {x.count}</Badge>)}
        </div>
      ) : null}
      {d.status === 'failed' ? (
        <>
          <ErrorNote error={new Error(d.error ?? t('records.status.failed'))} title={t('records.failedTitle')} />
          <Button size="xs" variant="default" onClick={() => reprocess.mutate()} loading={reprocess.isPending}>{t('records.reprocess')}</Button>
        </>
      ) : null}
      {reprocess.isError ? <ErrorNote error={reprocess.error} /> : null}
      {d.status === 'processing' ? <Loading label={t('records.processing')} /> : null}
      {d.status === 'ready' ? (
        <>
          <nav className="row pager" aria-label={t('records.pages')}>
            <Button size="xs" variant="default" disabled={n <= 1} onClick={() => go(n - 1)}>{t('records.prev')}</Button>
            <Text size="sm">{t('records.pageOf', { n, total: d.pages ?? '?' })}</Text>
            <Button size="xs" variant="default" disabled={d.pages != null && n >= d.pages} onClick={() => go(n + 1)}>{t('records.next')}</Button>
          </nav>
          {page.isPending ? <Loading /> : page.isError ? <ErrorNote error={page.error} /> : (
            <div className="page-view">
              <Paper withBorder className="page-image">
                {drawable ? <img src={`/api/v1/documents/${did}/pages/${n}/image`} alt={t('records.pageImage', { n })} /> : <Text p="md" className="muted">{t('records.noImage')}</Text>}
              </Paper>
              <Paper withBorder p="md" className="page-text">
                {page.data.exemptions.length ? (
                  <div className="row" aria-label={t('records.exemptions')}>
                    <Text size="sm" fw={600}>{t('records.exemptions')}:</Text>
                    {page.data.exemptions.map((x) => <Badge key={x.code} color="red" variant="light">{x.code} × {x.count}</Badge>)}
                  </div>
                ) : null}
                {page.data.source === 'ocr' ? <Text size="xs" className="muted">{t('records.ocr')}{page.data.ocr_confidence != null ? ` (${Math.round(page.data.ocr_confidence)}%)` : ''}</Text> : null}
                {page.data.note ? <Text size="xs" className="muted">{page.data.note}</Text> : null}
                <div className="pre-wrap extracted">
                  {q ? highlightTerms(page.data.text, q).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>)) : page.data.text}
                </div>
              </Paper>
            </div>
          )}
        </>
      ) : null}
    </>
  );
}
