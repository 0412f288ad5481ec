import { useState } from 'react';
import { Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAgencySearch } from '../api/hooks';
import { Loading } from '../components/Loading';
import { ErrorNote } from '../components/ErrorNote';
import { AgencyImport } from '../components/JobProgressAgencyImport';
import { useMayStartWork } from '../api/jobs';

export default function Agencies() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 200);
  const list = useAgencySearch(q);
  const mayImport = useMayStartWork();
  return (
    <>
      <Title order={1} mb="md">{t('agencies.title')}</Title>
      {mayImport ? <AgencyImport /> : null}
      <div role="search" className="filters">
        <TextInput label={t('agencies.search')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </div>
      {list.isPending ? <Loading /> : list.isError ? <ErrorNote error={list.error} /> : list.data.length === 0 ? (
        <Text>{t('compose.noResults')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agencies.col.name')}</Table.Th>
              <Table.Th>{t('agencies.col.jurisdiction')}</Table.Th>
              <Table.Th>{t('agencies.col.abbreviation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Link to={`/agencies/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                  {a.example ? <span className="muted"> · {t('agencies.example')}</span> : null}
                </Table.Td>
                <Table.Td>{a.jurisdiction ?? ''}</Table.Td>
                <Table.Td>{a.abbreviation ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
