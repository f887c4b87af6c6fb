import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser, isViewer } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { User } from '../accounts/user.entity.js';
import { NudgeKind, NudgeSettings } from './nudge.types.js';

@InputType({ description: 'Changes to your reminder settings; fields left out keep their value.' })
export class UpdateNudgeSettingsInput {
  @Field(() => [NudgeKind], { nullable: true, description: 'Every kind to mute (replaces the list); omit to keep it.' })
  mutedKinds?: NudgeKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Also send reminders by mail; omit to keep the setting.' })
  email?: boolean | null;
}

@ObjectType({ description: 'Your reminder settings after a change.' })
export class NudgeSettingsPayload {
  @Field(() => NudgeSettings, { nullable: true, description: 'The settings as they now are; null when nothing changed.' }) nudgeSettings!: NudgeSettings | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}

@Resolver(() => User)
export class NudgesResolver {
  @FieldResolver(() => NudgeSettings, { nullable: true, description: 'Your reminder settings; null for anyone else.' })
  async nudgeSettings(@Root() user: User, @Ctx() context: GraphQLContext): Promise<NudgeSettings | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.PROFILE_READ]);
    return context.services.nudges.settings(context.em, user);
  }

  @Authorized(Scope.PROFILE_WRITE)
  @Mutation(() => NudgeSettingsPayload, { description: 'Mutes or unmutes kinds of reminders, and turns reminder mail on or off.' })
  async updateNudgeSettings(@Arg('input', () => UpdateNudgeSettingsInput, { description: 'What to mute and whether to mail.' }) input: UpdateNudgeSettingsInput, @Ctx() context: GraphQLContext): Promise<NudgeSettingsPayload> {
    const result = await context.services.nudges.updateSettings(context.em, currentUser(context), { ...input });
    return result.ok ? { nudgeSettings: result.value, userErrors: [] } : { nudgeSettings: null, userErrors: result.userErrors };
  }
}
