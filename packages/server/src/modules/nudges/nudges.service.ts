import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { validate } from '../../graphql/relay/user-error.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import { NudgePreferences } from './nudge.entity.js';
import { NudgeKind, type NudgeSettings } from './nudge.types.js';

const settingsSchema = z.object({
  mutedKinds: z.array(z.enum(NudgeKind)).max(20).optional(),
  email: z.boolean().optional(),
});

/** Each person's reminder settings: which kinds they muted, and whether reminders also come by mail. */
export class NudgesService {
  async settings(em: EntityManager, user: User): Promise<NudgeSettings> {
    const preferences = await em.findOne(NudgePreferences, { user: user.uuid });
    return { mutedKinds: preferences?.mutedKinds ?? [], email: preferences?.email ?? false };
  }

  async updateSettings(em: EntityManager, user: User, input: { mutedKinds?: NudgeKind[] | null; email?: boolean | null }): Promise<Outcome<NudgeSettings>> {
    const valid = validate(settingsSchema, { mutedKinds: input.mutedKinds ?? undefined, email: input.email ?? undefined });
    if (!valid.ok) return valid;
    await em.execute(
      `insert into nudge_preferences (uuid, user_uuid, muted_kinds, email, updated_at)
       values (gen_random_uuid(), ?, array(select jsonb_array_elements_text(?::jsonb)), ?, now())
       on conflict (user_uuid) do update set
         muted_kinds = case when ? then excluded.muted_kinds else nudge_preferences.muted_kinds end,
         email = case when ? then excluded.email else nudge_preferences.email end,
         updated_at = now()`,
      [
        user.uuid,
        JSON.stringify([...new Set(valid.value.mutedKinds ?? [])].sort()),
        valid.value.email ?? false,
        valid.value.mutedKinds !== undefined,
        valid.value.email !== undefined,
      ],
    );
    em.clear(); // the upsert bypassed the identity map
    return { ok: true, value: await this.settings(em, user) };
  }
}
