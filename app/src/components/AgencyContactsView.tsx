import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyContacts, ContactPerson } from '../api/types';
import { safeHref } from '../lib/safeHref';

function ExternalLink({ url }: { url: string }) {
  const href = safeHref(url);
  return href ? <Anchor href={href} target="_blank" rel="noopener noreferrer">{url}</Anchor> : <span>{url}</span>;
}

function Person({ p }: { p: ContactPerson }) {
  const { t } = useTranslation();
  return <>{p.name ?? t('common.unknown')}{p.phones.length ? ` · ${p.phones.join(', ')}` : ''}</>;
}

/** An agency's FOIA contacts as the directory has them; what the source lacks is said, not guessed. */
export function AgencyContactsView({ c }: { c: AgencyContacts }) {
  const { t } = useTranslation();
  const addr = c.address ? [...c.address.lines, c.address.street, [c.address.city, c.address.region, c.address.postal_code].filter(Boolean).join(', '), c.address.country].filter(Boolean) : [];
  return (
    <>
      <dl className="facts">
        {c.office ? (<><dt>{t('agencies.office')}</dt><dd>{c.office}</dd></>) : null}
        <dt>{t('agencies.emails')}</dt>
        <dd>
          {c.emails.length ? c.emails.map((e, i) => (
            <span key={e}>{i ? ', ' : ''}<Anchor href={`mailto:${e}`}>{e}</Anchor></span>
          )) : <span className="muted">{t('agencies.notInSource')}</span>}
        </dd>
        {c.phones.length ? (<><dt>{t('agencies.phones')}</dt><dd>{c.phones.join(', ')}</dd></>) : null}
        {c.fax ? (<><dt>{t('agencies.fax')}</dt><dd>{c.fax}</dd></>) : null}
        {addr.length ? (<><dt>{t('agencies.address')}</dt><dd className="pre-wrap">{addr.join('\n')}</dd></>) : null}
        {c.website ? (<><dt>{t('agencies.website')}</dt><dd><ExternalLink url={c.website} /></dd></>) : null}
        {c.request_form ? (<><dt>{t('agencies.portal')}</dt><dd><ExternalLink url={c.request_form} /></dd></>) : null}
        {c.foia_officer ? (<><dt>{t('agencies.foiaOfficer')}</dt><dd><Person p={c.foia_officer} /></dd></>) : null}
        {c.public_liaison ? (<><dt>{t('agencies.publicLiaison')}</dt><dd><Person p={c.public_liaison} /></dd></>) : null}
        {c.service_center ? (<><dt>{t('agencies.serviceCenter')}</dt><dd><Person p={c.service_center} /></dd></>) : null}
        {c.other_contacts.map((o, i) => (
          <span key={i} className="contents"><dt>{o.role}</dt><dd><Person p={o} /></dd></span>
        ))}
      </dl>
      {c.reading_rooms.length ? (
        <>
          <Text fw={600} size="sm" mt="sm">{t('agencies.readingRooms')}</Text>
          <ul className="small">
            {c.reading_rooms.map((r, i) => <li key={i}>{r.title}: <ExternalLink url={r.url} /></li>)}
          </ul>
        </>
      ) : null}
      {c.notes ? <Text size="sm" className="pre-wrap">{c.notes}</Text> : null}
    </>
  );
}
