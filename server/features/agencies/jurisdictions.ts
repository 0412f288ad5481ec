// Which jurisdiction ids an agency may belong to: every id the law engine has rules for, plus the
// id vocabulary CONTRACTS.md fixes (an agency may be listed before its law's rules are written;
// its deadlines then show as unknown, never guessed).
import { listJurisdictions } from '../../../law';

const US_STATES = 'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy'.split(' ');
const COUNTRIES = 'mx gt hn sv cr pa co br cl pe ec ar uy do ca gb'.split(' ');
export const CONTRACT_JURISDICTION_IDS: readonly string[] = ['us-federal', ...US_STATES.map((s) => `us-${s}`), ...COUNTRIES];

export function knownJurisdictionIds(): Set<string> {
  return new Set([...CONTRACT_JURISDICTION_IDS, ...listJurisdictions().map((j) => j.id)]);
}
