// Use case: an organisation owner sets the follow-up schedule (first follow-up N days after the
// response deadline, then every M days, at most K, drafted or sent).
import type { Trx } from '../../../db/database';
import { nowIso } from '../../../ids';
import { recordAudit } from '../../audit/record';
import { actorLabel, actorOrganisationId, type Actor } from '../../accounts/actor';
import { authorize } from '../../accounts/authorize';
import { errors } from '../../../errors';
import { saveSettings, settingsOf } from '../repository';

export interface SettingsProps {
  follow_up_first_days: number;
  follow_up_every_days: number;
  follow_up_max: number;
  follow_up_auto_send: boolean;
}

export async function saveCorrespondenceSettings(trx: Trx, actor: Actor, props: SettingsProps) {
  const org = actorOrganisationId(actor);
  if (!org) throw errors.badRequest('no-organisation', 'Choose the organisation first.');
  authorize(actor, 'organisation:manage', { type: 'organisation', organisation_id: org });
  const before = await settingsOf(trx, org);
  const row = { organisation_id: org, ...props, follow_up_auto_send: props.follow_up_auto_send ? 1 : 0, updated_at: nowIso() };
  await saveSettings(trx, row);
  await recordAudit(trx, { actor: actorLabel(actor), organisation_id: org, action: 'correspondence.settings', subject_type: 'organisation', subject_id: org, before, after: row });
  return row;
}
