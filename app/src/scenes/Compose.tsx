import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, NativeSelect, Paper, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, get, post, qs } from '../api/client';
import type { Agency, Page, Template } from '../api/types';
import { useJurisdictions } from '../api/hooks';
import { AgencyPicker } from '../components/AgencyPicker';
import { WorkProgress } from '../components/Progress';
import { ErrorNote } from '../components/ErrorNote';
import { LetterView, type LetterLike } from '../components/LetterView';
import { createForAgencies, requestBody, type ComposeInput, type ComposeResult } from '../lib/composeRequests';
import { todayIso } from '../lib/dates';

type Preview = LetterLike & { to?: string };

export default function Compose() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const jurisdictions = useJurisdictions();
  const [jurisdiction, setJurisdiction] = useState('us-federal');
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [feeWaiver, setFeeWaiver] = useState(false);
  const [feeReason, setFeeReason] = useState('');
  const [expedited, setExpedited] = useState(false);
  const [expeditedReason, setExpeditedReason] = useState('');
  const [preview, setPreview] = useState<{ agency: Agency; p: Preview | null; error?: unknown } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<ComposeResult[] | null>(null);

  const templates = useQuery({
    queryKey: ['templates', jurisdiction],
    queryFn: async () => {
      try {
        const r = await get<Template[] | Page<Template>>(`/api/v1/templates${qs({ jurisdiction })}`);
        return Array.isArray(r) ? r : r.items;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null; // the API offers no templates yet
        throw e;
      }
    },
  });

  const input = (send: boolean): ComposeInput => ({
    title, text, jurisdiction,
    fee_waiver: feeWaiver, fee_waiver_reason: feeReason, expedited, expedited_reason: expeditedReason, send,
  });

  const showPreview = async () => {
    const agency = agencies[0];
    if (!agency) return;
    try {
      const p = await post<Preview>('/api/v1/letters/preview', { ...requestBody(input(true), agency, todayIso()), template_id: templateId || undefined });
      setPreview({ agency, p });
    } catch (e) {
      setPreview({ agency, p: null, error: e });
    }
  };

  const run = async (send: boolean) => {
    setResults(null);
    setProgress({ done: 0, total: agencies.length });
    const r = await createForAgencies(input(send), agencies, todayIso(), (b) => post<{ id: string }>('/api/v1/requests', b), (done) =>
      setProgress({ done, total: agencies.length }),
    );
    setResults(r);
    setProgress(null);
    await qc.invalidateQueries({ queryKey: ['requests'] });
    await qc.invalidateQueries({ queryKey: ['dashboard'] });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  const ready = agencies.length > 0 && title.trim() && text.trim();

  return (
    <>
      <Title order={1} mb="md">{t('compose.title')}</Title>
      <form onSubmit={submit} className="compose">
        <Paper withBorder p="md" className="stack">
          <NativeSelect
            label={t('compose.jurisdiction')}
            value={jurisdiction}
            onChange={(e) => setJurisdiction(e.currentTarget.value)}
            data={(jurisdictions.data ?? [{ id: 'us-federal', name: 'United States — federal', verified: true }]).map((j) => ({
              value: j.id,
              label: j.verified ? j.name : `${j.name} — ${t('deadline.notVerified')}`,
            }))}
          />
          {jurisdictions.isError ? <ErrorNote error={jurisdictions.error} /> : null}
          <AgencyPicker jurisdiction={jurisdiction} value={agencies} onChange={setAgencies} />
          {agencies.length > 1 ? <Text size="sm">{t('compose.onePerAgency', { count: agencies.length })}</Text> : null}
          {templates.data === null ? (
            <Text size="sm" className="muted">{t('compose.noTemplates')}</Text>
          ) : (
            <NativeSelect
              label={t('compose.template')}
              value={templateId}
              onChange={(e) => setTemplateId(e.currentTarget.value)}
              data={[{ value: '', label: t('compose.noTemplate') }, ...(templates.data ?? []).map((x) => ({ value: x.id, label: x.name }))]}
            />
          )}
          <TextInput label={t('compose.subject')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Textarea label={t('compose.text')} description={t('compose.textHelp')} required autosize minRows={6} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Checkbox label={t('compose.feeWaiver')} checked={feeWaiver} onChange={(e) => setFeeWaiver(e.currentTarget.checked)} />
          {feeWaiver ? <Textarea label={t('compose.feeWaiverReason')} value={feeReason} onChange={(e) => setFeeReason(e.currentTarget.value)} autosize minRows={2} /> : null}
          <Checkbox label={t('compose.expedited')} checked={expedited} onChange={(e) => setExpedited(e.currentTarget.checked)} />
          {expedited ? <Textarea label={t('compose.expeditedReason')} value={expeditedReason} onChange={(e) => setExpeditedReason(e.currentTarget.value)} autosize minRows={2} /> : null}
          <Text size="sm" className="muted">{t('compose.sendHelp')}</Text>
          <div className="row">
            <Button variant="default" onClick={showPreview} disabled={!ready}>{t('compose.preview')}</Button>
            <Button variant="default" onClick={() => void run(false)} disabled={!ready || !!progress}>{t('compose.saveDraft')}</Button>
            <Button type="submit" disabled={!ready || !!progress}>{t('compose.send', { count: agencies.length })}</Button>
          </div>
        </Paper>
      </form>
      {preview ? (
        <Paper withBorder p="md" mt="md" component="section" aria-labelledby="preview-title">
          <Title order={2} size="h4" id="preview-title">{t('compose.previewFor', { name: preview.agency.name })}</Title>
          {preview.p ? (
            <>
              {preview.p.to ? <Text size="sm">{t('request.to', { to: preview.p.to })}</Text> : null}
              <LetterView letter={preview.p} />
            </>
          ) : (
            <>
              <Alert color="yellow" mb="sm">{t('compose.previewUnavailable')}</Alert>
              {preview.error && !(preview.error instanceof ApiError && preview.error.status === 404) ? <ErrorNote error={preview.error} /> : null}
              <Text fw={600}>{title}</Text>
              <div className="pre-wrap letter-text">{text}</div>
            </>
          )}
        </Paper>
      ) : null}
      {progress ? <Paper withBorder p="md" mt="md"><WorkProgress done={progress.done} total={progress.total} label={t('compose.creating')} /></Paper> : null}
      {results ? (
        <Paper withBorder p="md" mt="md" component="section" aria-labelledby="results-title" role="status">
          <Title order={2} size="h4" id="results-title">{t('compose.results')}</Title>
          <ul>
            {results.map((r) => (
              <li key={r.agency.id}>
                {r.id ? <Link to={`/requests/${r.id}`}>{r.agency.name}</Link> : <span>{r.agency.name}</span>}
                {r.error ? <span className="error-text"> — {r.error}</span> : <span> — {t('compose.created')}</span>}
              </li>
            ))}
          </ul>
        </Paper>
      ) : null}
    </>
  );
}
