import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreateOrganisation, useSwitchOrganisation } from '../../api/accounts';
import { useSession } from '../../session/useSession';
import { ErrorNote } from '../ErrorNote';

/** The organisations the user belongs to: switch between them, and (owners) create another. */
export function OrganisationsSection() {
  const { t } = useTranslation();
  const session = useSession();
  const create = useCreateOrganisation();
  const sw = useSwitchOrganisation();
  const [name, setName] = useState('');
  const currentRole = session.organisations.find((o) => o.id === session.current_organisation_id)?.role ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(name.trim(), { onSuccess: () => setName('') });
  };
  return (
    <section aria-labelledby="settings-organisations" className="stack">
      <Title order={2} id="settings-organisations">{t('settings.organisations')}</Title>
      <Table>
        <Table.Caption>{t('settings.organisationsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('settings.col.organisation')}</Table.Th>
            <Table.Th scope="col">{t('settings.col.yourRole')}</Table.Th>
            <Table.Th scope="col">{t('settings.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {session.organisations.map((o) => (
            <Table.Tr key={o.id} data-organisation={o.id}>
              <Table.Td>{o.name}</Table.Td>
              <Table.Td>{t(`roles.${o.role}`, { defaultValue: o.role })}</Table.Td>
              <Table.Td>
                {o.id === session.current_organisation_id
                  ? <Badge variant="light">{t('settings.current')}</Badge>
                  : (
                    <Button size="xs" variant="default" loading={sw.isPending && sw.variables === o.id} onClick={() => sw.mutate(o.id)}
                      aria-label={t('settings.switchTo', { name: o.name })}>
                      {t('settings.switch')}
                    </Button>
                  )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {sw.isError ? <ErrorNote error={sw.error} /> : null}
      {currentRole === 'owner' ? (
        <form onSubmit={submit} aria-labelledby="settings-new-organisation">
          <Title order={3} id="settings-new-organisation" size="h4">{t('settings.newOrganisation')}</Title>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('settings.organisationName')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>{t('settings.createOrganisation')}</Button>
          </Group>
          <Text size="sm" className="muted">{t('settings.newOrganisationHint')}</Text>
          {create.isError ? <ErrorNote error={create.error} /> : null}
          {create.isSuccess ? (
            <Group gap="sm" mt="xs" role="status">
              <Text>{t('settings.organisationCreated', { name: create.data.name })}</Text>
              <Button size="xs" onClick={() => sw.mutate(create.data.id)}>{t('settings.switchTo', { name: create.data.name })}</Button>
            </Group>
          ) : null}
        </form>
      ) : (
        <Text className="muted">{t('settings.onlyOwnersCreate')}</Text>
      )}
    </section>
  );
}
