import { Badge, Button, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get } from '../api/client';
import type { DocumentSummary } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { highlightTerms } from '../lib/snippet';

interface DocumentPage {
  n: number;
  text: string;
  image_url?: string | null;
  exemptions?: string[];
  ocr?: boolean;
}

interface DocumentDetail extends DocumentSummary {
  request_id?: string | null;
}

function sameOriginPath(url: string | null | undefined): string | null {
  return url && url.startsWith('/') && !url.startsWith('//') ? url : null;
}

/** One page of a record: the page image beside its extracted text, with the exemptions cited on it. */
export default function DocumentViewer() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const n = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const q = params.get('q') ?? '';
  const doc = useQuery({ queryKey: ['document', id], queryFn: () => get<DocumentDetail>(`/api/v1/documents/${encodeURIComponent(id)}`) });
  const page = useQuery({
    queryKey: ['document', id, 'page', n],
    queryFn: () => get<DocumentPage>(`/api/v1/documents/${encodeURIComponent(id)}/pages/${n}`),
    enabled: doc.isSuccess && doc.data.status === 'ready',
  });
  if (doc.isPending) return <Loading />;
  if (doc.isError) return <ErrorNote error={doc.error} />;
  const d = doc.data;
  const go = (to: number) => {
    const p = new URLSearchParams(params);
    p.set('page', String(to));
    setParams(p);
  };
  const image = sameOriginPath(page.data?.image_url);
  return (
    <>
      <Title order={1} size="h2">{d.filename}</Title>
      <Text size="sm" className="muted">
        SHA-256 <code>{d.sha256}</code>
        {d.request_id ? <> · <Link to={`/requests/${d.request_id}`}>{t('records.openRequest')}</Link></> : null}
      </Text>
      {d.status === 'failed' ? <ErrorNote error={new Error(d.error ?? t('records.status.failed'))} title={t('records.failedTitle')} /> : null}
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
                {image ? <img src={image} alt={t('records.pageImage', { n })} /> : <Text p="md" className="muted">{t('records.noImage')}</Text>}
              </Paper>
              <Paper withBorder p="md" className="page-text">
                {page.data.exemptions?.length ? (
                  <div className="row" aria-label={t('records.exemptions')}>
                    <Text size="sm" fw={600}>{t('records.exemptions')}:</Text>
                    {page.data.exemptions.map((x, i) => <Badge key={i} color="red" variant="light">{x}</Badge>)}
                  </div>
                ) : null}
                {page.data.ocr ? <Text size="xs" className="muted">{t('records.ocr')}</Text> : null}
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
