// The Settings pieces rendered to HTML in both languages: the organisation table with its switch
// buttons, the create form shown to owners only, and a secret shown once with its copy button.
import { describe, expect, it } from 'vitest';
import { render } from '../../test/render';
import { SessionContext } from '../../session/useSession';
import type { Session } from '../../api/types';
import { OrganisationsSection } from './OrganisationsSection';
import { ShownOnce } from './ShownOnce';

const session = (role: string): Session => ({
  user: { id: 'u1', email: 'ana@clinic.test' },
  organisations: [{ id: 'o1', name: 'Clinic', role }, { id: 'o2', name: 'Second <b>clinic</b>', role: 'viewer' }],
  current_organisation_id: 'o1',
  csrf_token: 'x',
});

describe('Settings: organisations', () => {
  it('lists memberships, marks the current one, offers a labelled switch to the others, and lets owners create', () => {
    const html = render(<SessionContext.Provider value={session('owner')}><OrganisationsSection /></SessionContext.Provider>);
    expect(html).toContain('Current');
    expect(html).toContain('aria-label="Switch to Second &lt;b&gt;clinic&lt;/b&gt;"');
    expect(html).not.toContain('<b>clinic</b>');
    expect(html).toContain('Name of the new organisation');
    expect(html).toContain('Create organisation');
  });

  it('tells non-owners why they cannot create one, in Spanish too', () => {
    const en = render(<SessionContext.Provider value={session('editor')}><OrganisationsSection /></SessionContext.Provider>);
    expect(en).not.toContain('Create organisation');
    expect(en).toContain('Only owners can create organisations.');
    const es = render(<SessionContext.Provider value={session('viewer')}><OrganisationsSection /></SessionContext.Provider>, 'es');
    expect(es).toContain('Solo los propietarios pueden crear organizaciones.');
    expect(es).toContain('Cambiar a Second');
  });
});

describe('Settings: a secret shown once', () => {
  it('shows the value with a copy button and says it will not be shown again', () => {
    const html = render(<ShownOnce title="Token created" note="Copy this token now" secret="acc_abc123" label="New API token" />);
    expect(html).toContain('acc_abc123');
    expect(html).toContain('aria-label="New API token"');
    expect(html).toContain('>Copy<');
  });
});
