import { useState } from 'react';
import { Button, CloseButton, TextInput, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../api/types';
import { useAgencySearch } from '../api/hooks';

/** Search the agency directory and pick several agencies at once. */
export function AgencyPicker({ jurisdiction, value, onChange }: { jurisdiction: string | null; value: Agency[]; onChange: (a: Agency[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 200);
  const search = useAgencySearch(q, jurisdiction);
  const chosen = new Set(value.map((a) => a.id));
  const results = (search.data ?? []).filter((a) => !chosen.has(a.id)).slice(0, 12);
  return (
    <fieldset className="fieldset">
      <legend>{t('compose.agencies')}</legend>
      {value.length ? (
        <ul className="chosen" aria-label={t('compose.chosenAgencies')}>
          {value.map((a) => (
            <li key={a.id} className="chip">
              <span>{a.name}{a.abbreviation ? ` (${a.abbreviation})` : ''}</span>
              <CloseButton size="sm" aria-label={t('compose.removeAgency', { name: a.name })} onClick={() => onChange(value.filter((x) => x.id !== a.id))} />
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm" className="muted">{t('compose.noAgencies')}</Text>
      )}
      <TextInput label={t('compose.searchAgencies')} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={t('compose.searchPlaceholder')} />
      <ul className="agency-results" aria-label={t('compose.searchResults')} aria-live="polite">
        {search.isError ? <li>{(search.error as Error).message}</li> : null}
        {results.map((a) => (
          <li key={a.id} className="row-between">
            <span>
              {a.name}
              {a.abbreviation ? ` (${a.abbreviation})` : ''}
              {a.jurisdiction ? <span className="muted"> · {a.jurisdiction}</span> : null}
            </span>
            <Button size="xs" variant="light" onClick={() => onChange([...value, a])} aria-label={t('compose.addAgency', { name: a.name })}>
              {t('compose.add')}
            </Button>
          </li>
        ))}
        {search.isSuccess && q && !results.length ? <li className="muted">{t('compose.noResults')}</li> : null}
      </ul>
    </fieldset>
  );
}
