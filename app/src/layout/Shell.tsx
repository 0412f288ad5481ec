import { useEffect, useState, type ReactNode } from 'react';
import { Button, NativeSelect } from '@mantine/core';
import { NavLink, Link, useLocation } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { del, post, setCsrfToken } from '../api/client';
import type { Session } from '../api/types';
import { useSession, SESSION_KEY } from '../session/useSession';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ErrorNote } from '../components/ErrorNote';

const NAV = [
  { to: '/', key: 'nav.dashboard', end: true },
  { to: '/requests', key: 'nav.requests', end: true },
  { to: '/requests/new', key: 'nav.compose', end: true },
  { to: '/inbox', key: 'nav.inbox', end: false },
  { to: '/records', key: 'nav.records', end: false },
  { to: '/agencies', key: 'nav.agencies', end: false },
  { to: '/settings', key: 'settings.nav', end: false },
];

function OrganisationSwitcher() {
  const { t } = useTranslation();
  const session = useSession();
  const qc = useQueryClient();
  const sw = useMutation({
    mutationFn: (id: string) => post<Session>('/api/v1/session/organisation', { organisation_id: id }),
    onSuccess: async (s) => {
      if (s && 'csrf_token' in s) {
        setCsrfToken(s.csrf_token);
        qc.setQueryData(SESSION_KEY, s);
      }
      // Everything cached belongs to the previous organisation.
      await qc.resetQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      await qc.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  if (session.organisations.length === 0) return <span className="muted">{t('shell.noOrganisation')}</span>;
  if (session.organisations.length === 1) return <span className="org-name">{session.organisations[0].name}</span>;
  return (
    <>
      <NativeSelect
        size="xs"
        aria-label={t('shell.organisation')}
        value={session.current_organisation_id ?? ''}
        disabled={sw.isPending}
        onChange={(e) => sw.mutate(e.currentTarget.value)}
        data={session.organisations.map((o) => ({ value: o.id, label: `${o.name} (${t(`roles.${o.role}`, { defaultValue: o.role })})` }))}
      />
      {sw.isError ? <ErrorNote error={sw.error} /> : null}
    </>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const qc = useQueryClient();
  const logout = useMutation({
    mutationFn: () => del<void>('/api/v1/session'),
    onSettled: () => {
      setCsrfToken(null);
      // Not qc.clear(): the session gate's observer would keep watching the removed query and show
      // the signed-in app. Set the session to none in place, drop the rest, and ask setup afresh.
      qc.setQueryData(SESSION_KEY, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] && q.queryKey[0] !== 'setup' });
      void qc.resetQueries({ queryKey: ['setup'] });
    },
  });
  // Narrow screens (styles.css) fold the navigation and tools behind a menu button; wide ones show
  // them always and hide the button. A new page closes the menu, and so does Escape.
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname, location.search]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setMenuOpen(false);
        document.getElementById('shell-menu-button')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('shell.skip')}</a>
      <header className={menuOpen ? 'shell-header menu-open' : 'shell-header'}>
        <Link to="/" className="brand">Acceso</Link>
        <button
          type="button"
          id="shell-menu-button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="shell-menu"
          onClick={() => setMenuOpen((o) => !o)}
        >
          <span className="menu-bars" aria-hidden="true"><span /><span /><span /></span>
          {t('layout.menu')}
        </button>
        <div id="shell-menu" className="shell-menu">
        <nav aria-label={t('shell.navigation')} className="shell-nav">
          {NAV.map((n) => (
            <NavLink key={n.to} to={n.to} end={n.end} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
              {t(n.key)}
            </NavLink>
          ))}
        </nav>
        <div className="shell-tools">
          <OrganisationSwitcher />
          <LanguageSwitch />
          <span className="muted user-email">{session.user.email}</span>
          <Button size="xs" variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
            {t('shell.signOut')}
          </Button>
        </div>
        </div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
