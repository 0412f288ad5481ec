import { useState, type FormEvent } from 'react';
import { Button, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyTokens, useOrganisationTokens, useTokenMutations, type ApiToken, type CreatedToken } from '../../api/accounts';
import { formatDate } from '../../lib/dates';
import { ErrorNote } from '../ErrorNote';
import { Loading } from '../Loading';
import { ConfirmButton } from './ConfirmButton';
import { ShownOnce } from './ShownOnce';

/** The user's API tokens (create one, shown once; revoke); owners also see their members' tokens. */
export function TokensSection({ organisationId, organisationName, role }: { organisationId: string | null; organisationName: string; role: string | null }) {
  const { t } = useTranslation();
  const mine = useMyTokens();
  const others = useOrganisationTokens(organisationId, role === 'owner');
  const { create, revoke } = useTokenMutations();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    create.mutate(name.trim(), { onSuccess: (r) => { setCreated(r); setName(''); } });
  };
  return (
    <section aria-labelledby="settings-tokens" className="stack">
      <Title order={2} id="settings-tokens">{t('settings.tokens')}</Title>
      <Text className="muted">{t('settings.tokensIntro')}</Text>
      {organisationId ? (
        <form onSubmit={submit} aria-labelledby="settings-new-token">
          <Title order={3} id="settings-new-token" size="h4">{t('settings.newToken', { name: organisationName })}</Title>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('settings.tokenName')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>{t('settings.createToken')}</Button>
          </Group>
          {create.isError ? <ErrorNote error={create.error} /> : null}
          {created ? <ShownOnce title={t('settings.tokenCreated')} note={t('settings.tokenOnce')} secret={created.token} label={t('settings.newTokenValue')} /> : null}
        </form>
      ) : null}
      {revoke.isError ? <ErrorNote error={revoke.error} /> : null}
      <Title order={3} size="h4" id="settings-my-tokens">{t('settings.myTokens')}</Title>
      {mine.isPending ? <Loading /> : mine.isError ? <ErrorNote error={mine.error} /> : (
        <TokenTable tokens={mine.data} labelledBy="settings-my-tokens" showUser={false} onRevoke={(id) => revoke.mutate(id)} revoking={revoke.isPending ? revoke.variables : undefined} />
      )}
      {role === 'owner' ? (
        <>
          <Title order={3} size="h4" id="settings-org-tokens">{t('settings.organisationTokens', { name: organisationName })}</Title>
          {others.isPending ? <Loading /> : others.isError ? <ErrorNote error={others.error} /> : (
            <TokenTable tokens={others.data} labelledBy="settings-org-tokens" showUser onRevoke={(id) => revoke.mutate(id)} revoking={revoke.isPending ? revoke.variables : undefined} />
          )}
        </>
      ) : null}
    </section>
  );
}

function TokenTable({ tokens, labelledBy, showUser, onRevoke, revoking }: { tokens: ApiToken[]; labelledBy: string; showUser: boolean; onRevoke: (id: string) => void; revoking?: string }) {
  const { t, i18n } = useTranslation();
  if (tokens.length === 0) return <Text className="muted">{t('settings.noTokens')}</Text>;
  const when = (iso: string | null) => (iso ? formatDate(iso, i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) : t('settings.never'));
  return (
    <Table aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('settings.col.name')}</Table.Th>
          {showUser ? <Table.Th scope="col">{t('settings.col.email')}</Table.Th> : <Table.Th scope="col">{t('settings.col.organisation')}</Table.Th>}
          <Table.Th scope="col">{t('settings.col.created')}</Table.Th>
          <Table.Th scope="col">{t('settings.col.lastUsed')}</Table.Th>
          <Table.Th scope="col">{t('settings.col.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tokens.map((tok) => (
          <Table.Tr key={tok.id} data-token={tok.id}>
            <Table.Td>{tok.name}</Table.Td>
            <Table.Td>{showUser ? tok.user.email : tok.organisation.name}</Table.Td>
            <Table.Td>{when(tok.created_at)}</Table.Td>
            <Table.Td>{when(tok.last_used_at)}</Table.Td>
            <Table.Td>
              <ConfirmButton label={t('settings.revoke')} accessibleName={t('settings.revokeToken', { name: tok.name })}
                confirmLabel={t('settings.confirmRevoke', { name: tok.name })} loading={revoking === tok.id} onConfirm={() => onRevoke(tok.id)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
