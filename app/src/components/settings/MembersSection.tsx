import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, useMemberMutations, useMembers, type AddedMember, type Role } from '../../api/accounts';
import { useSession } from '../../session/useSession';
import { ErrorNote } from '../ErrorNote';
import { Loading } from '../Loading';
import { ConfirmButton } from './ConfirmButton';
import { ShownOnce } from './ShownOnce';

/** Members of the current organisation; owners add people, change roles and remove members. */
export function MembersSection({ organisationId, organisationName, role }: { organisationId: string; organisationName: string; role: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const members = useMembers(organisationId);
  const { add, changeRole, remove } = useMemberMutations(organisationId);
  const owner = role === 'owner';
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  const failed = changeRole.error ?? remove.error;
  // The server refuses to demote or remove the only owner (409 last-owner); say so up front.
  const owners = members.data?.filter((m) => m.role === 'owner').length ?? 0;
  return (
    <section aria-labelledby="settings-members" className="stack">
      <Title order={2} id="settings-members">{t('settings.members', { name: organisationName })}</Title>
      {members.isPending ? <Loading /> : members.isError ? <ErrorNote error={members.error} /> : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settings.col.name')}</Table.Th>
              <Table.Th scope="col">{t('settings.col.email')}</Table.Th>
              <Table.Th scope="col">{t('settings.col.role')}</Table.Th>
              <Table.Th scope="col">{t('settings.col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((m) => {
              const self = m.user_id === session.user.id;
              const lastOwner = m.role === 'owner' && owners <= 1;
              return (
                <Table.Tr key={m.user_id} data-member={m.email}>
                  <Table.Td>{m.name}{self ? <span className="muted"> ({t('settings.you')})</span> : null}</Table.Td>
                  <Table.Td>{m.email}</Table.Td>
                  <Table.Td>
                    {owner ? (
                      <NativeSelect size="xs" aria-label={t('settings.roleOf', { email: m.email })} value={m.role} data={roleOptions}
                        disabled={changeRole.isPending || lastOwner} description={lastOwner ? t('settings.lastOwner') : undefined} onChange={(e) => changeRole.mutate({ userId: m.user_id, role: e.currentTarget.value as Role })} />
                    ) : t(`roles.${m.role}`)}
                  </Table.Td>
                  <Table.Td>
                    {(owner || self) && !lastOwner ? (
                      <ConfirmButton
                        label={self ? t('settings.leave') : t('settings.remove')}
                        accessibleName={self ? t('settings.leaveOrganisation', { name: organisationName }) : t('settings.removeMember', { email: m.email })}
                        confirmLabel={self ? t('settings.confirmLeave') : t('settings.confirmRemove', { email: m.email })}
                        loading={remove.isPending && remove.variables === m.user_id}
                        onConfirm={() => remove.mutate(m.user_id)}
                      />
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {failed ? <ErrorNote error={failed} /> : null}
      {owner ? <AddMemberForm add={add} roleOptions={roleOptions} /> : <Text className="muted">{t('settings.onlyOwnersManage')}</Text>}
    </section>
  );
}

function AddMemberForm({ add, roleOptions }: { add: ReturnType<typeof useMemberMutations>['add']; roleOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [added, setAdded] = useState<AddedMember | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    add.mutate({ email: email.trim(), role, ...(name.trim() ? { name: name.trim() } : {}) }, {
      onSuccess: (r) => { setAdded(r); setEmail(''); setName(''); },
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="settings-add-member">
      <Title order={3} id="settings-add-member" size="h4">{t('settings.addMember')}</Title>
      <Group align="flex-end" gap="sm">
        <TextInput label={t('settings.memberEmail')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <TextInput label={t('settings.memberName')} description={t('settings.memberNameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <NativeSelect label={t('settings.col.role')} value={role} data={roleOptions} onChange={(e) => setRole(e.currentTarget.value as Role)} />
        <Button type="submit" loading={add.isPending} disabled={!email.trim()}>{t('settings.add')}</Button>
      </Group>
      {add.isError ? <ErrorNote error={add.error} /> : null}
      {added?.initial_password ? (
        <ShownOnce title={t('settings.accountCreated', { email: added.user.email })} note={t('settings.initialPasswordNote')}
          secret={added.initial_password} label={t('settings.initialPassword')} />
      ) : added ? <Text role="status">{t('settings.memberAdded', { email: added.user.email })}</Text> : null}
    </form>
  );
}
