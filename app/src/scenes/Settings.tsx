import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/useSession';
import { OrganisationsSection } from '../components/settings/OrganisationsSection';
import { MembersSection } from '../components/settings/MembersSection';
import { TokensSection } from '../components/settings/TokensSection';
import { PasswordSection } from '../components/settings/PasswordSection';

/** Settings: organisations (create, switch), the current organisation's members, API tokens, your password. */
export default function Settings() {
  const { t } = useTranslation();
  const session = useSession();
  const current = session.organisations.find((o) => o.id === session.current_organisation_id) ?? null;
  return (
    <div className="stack settings">
      <Title order={1}>{t('settings.title')}</Title>
      <OrganisationsSection />
      {current ? <MembersSection key={current.id} organisationId={current.id} organisationName={current.name} role={current.role} /> : null}
      <TokensSection key={current?.id ?? 'none'} organisationId={current?.id ?? null} organisationName={current?.name ?? ''} role={current?.role ?? null} />
      <PasswordSection />
    </div>
  );
}
