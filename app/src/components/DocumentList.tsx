import { Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../api/types';

/** `withRequest` adds a column naming each document's request (the organisation-wide list). */
export function DocumentList({ documents, withRequest = false }: { documents: DocumentSummary[]; withRequest?: boolean }) {
  const { t } = useTranslation();
  if (!documents.length) return <Text size="sm">{t('records.none')}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('records.col.file')}</Table.Th>
          {withRequest ? <Table.Th>{t('records.col.request')}</Table.Th> : null}
          <Table.Th>{t('records.col.pages')}</Table.Th>
          <Table.Th>{t('records.col.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {documents.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td><Link to={`/records/${d.id}`}>{d.filename}</Link></Table.Td>
            {withRequest ? (
              <Table.Td>{d.request_id ? <Link to={`/requests/${encodeURIComponent(d.request_id)}`}>{d.request_title || d.request_id}</Link> : '—'}</Table.Td>
            ) : null}
            <Table.Td>{d.pages ?? '—'}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={d.status === 'failed' ? 'red' : d.status === 'ready' ? 'green' : 'gray'}>
                {t(`records.status.${d.status}`, { defaultValue: d.status })}
              </Badge>
              {d.error ? <Text size="xs" c="red.9">{d.error}</Text> : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
