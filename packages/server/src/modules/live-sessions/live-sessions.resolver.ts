import {
  Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, Subscription,
  registerEnumType, type SubscribeResolverData,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiError, ErrorCode, UserErrorCode } from '../../graphql/errors.js';
import { USER_ERRORS_DESCRIPTION, UserError, userError } from '../../graphql/relay/user-error.js';
import { Connection, HistoryPageArgs, paginate, type Page } from '../../graphql/relay/connection.js';
import { idOfType } from '../../graphql/relay/node.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { StreamEventType } from '../../events/stream-event.types.js';
import { roomStream } from '../../events/room-stream.js';
import { User } from '../accounts/user.entity.js';
import { OutcomePayload } from '../accounts/accounts.types.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { UpcomingMeeting } from '../meetings/meetings.resolver.js';
import { ActionItem } from './action-item.entity.js';
import { LiveSession } from './live-session.entity.js';
import { Message } from './message.entity.js';
import { sessionStream } from './live-sessions.service.js';

const MessageConnection = Connection(Message, 'Message');

export enum PresenceStatus {
  ONLINE = 'ONLINE',
  AWAY = 'AWAY',
  OFFLINE = 'OFFLINE',
}
registerEnumType(PresenceStatus, {
  name: 'PresenceStatus',
  description: 'Whether someone is in the room.',
  valuesConfig: {
    ONLINE: { description: 'In the room, looking at it.' },
    AWAY: { description: 'In the room, but not looking at it (e.g. the tab is hidden).' },
    OFFLINE: { description: 'Left the room.' },
  },
});

@InputType({ description: 'An ad-hoc live room for one of your open mentorships.' }) export class StartLiveSessionInput {
  @Field(() => ID, { description: 'A `Mentorship` id.' }) mentorshipId!: string;
  @Field(() => String, { description: 'What it is about, 1 to 120 characters.' }) title!: string;
}
@InputType({ description: 'The meeting occurrence whose room to open.' }) export class OpenMeetingRoomInput {
  @Field(() => ID, { description: 'A `Meeting` id.' }) meetingId!: string;
  @Field(() => Date, { description: 'The occurrence, by `originalStart`.' }) originalStart!: Date;
}
@InputType({ description: 'A chat message to send.' }) export class SendMessageInput {
  @Field(() => ID, { description: 'A `LiveSession` id.' }) sessionId!: string;
  @Field(() => String, { description: '1 to 4,000 characters.' }) body!: string;
  @Field(() => ID, { nullable: true, description: 'A `Message` id in the same room to reply to; null for none.' }) replyToId?: string | null;
  @Field(() => String, { description: 'Your own unique id for this message: sending again with it gives the same message once.' }) clientMutationId!: string;
}
@InputType({ description: 'New text for one of your messages.' }) export class EditMessageInput {
  @Field(() => ID, { description: 'A `Message` id of yours.' }) messageId!: string;
  @Field(() => String, { description: 'The new text, 1 to 4,000 characters.' }) body!: string;
}
@InputType({ description: 'The message to act on.' }) export class MessageIdInput {
  @Field(() => ID, { description: 'A `Message` id of yours.' }) messageId!: string;
}
@InputType({ description: 'A reaction to add or take back.' }) export class ReactToMessageInput {
  @Field(() => ID, { description: 'A `Message` id.' }) messageId!: string;
  @Field(() => String, { description: 'One of 👍 ❤️ 🎉 😂 🤔 👀 🙏.' }) emoji!: string;
  @Field(() => Boolean, { defaultValue: true, description: 'False takes the reaction back.' }) add!: boolean;
}
@InputType({ description: 'How far you have read in a room.' }) export class MarkSessionReadInput {
  @Field(() => ID, { description: 'A `LiveSession` id.' }) sessionId!: string;
  @Field(() => Int, { description: 'The seq of the last event you have seen.' }) seq!: number;
}
@InputType({ description: 'The shared notes to save, with the version they started from.' }) export class UpdateSessionNotesInput {
  @Field(() => ID, { description: 'A `LiveSession` id.' }) sessionId!: string;
  @Field(() => String, { description: 'The whole notes text, at most 20,000 characters.' }) notes!: string;
  @Field(() => Int, { description: 'The `notesVersion` your edit started from.' }) expectedVersion!: number;
}
@InputType({ description: 'Something one of you agreed to do.' }) export class CreateActionItemInput {
  @Field(() => ID, { description: 'A `LiveSession` id.' }) sessionId!: string;
  @Field(() => String, { description: 'What is to be done, 1 to 200 characters.' }) title!: string;
  @Field(() => ID, { nullable: true, description: 'The mentor or the mentee.' }) assigneeId?: string | null;
  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' }) dueOn?: string | null;
}
@InputType({ description: 'Changes to an action item; fields left out keep their value.' }) export class UpdateActionItemInput {
  @Field(() => ID, { description: 'An `ActionItem` id.' }) actionItemId!: string;
  @Field(() => String, { nullable: true, description: 'What is to be done, 1 to 200 characters.' }) title?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it is done.' }) done?: boolean | null;
  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`; null clears it.' }) dueOn?: string | null;
  @Field(() => ID, { nullable: true, description: "The mentor's or mentee's `User` id; null leaves it unassigned." }) assigneeId?: string | null;
}
@InputType({ description: 'Your presence in a room.' }) export class SendPresenceInput {
  @Field(() => ID, { description: 'A `LiveSession` id.' }) sessionId!: string;
  @Field(() => PresenceStatus, { description: 'Your presence now.' }) status!: PresenceStatus;
}
@InputType({ description: 'Whether you are typing in a room.' }) export class SetTypingInput {
  @Field(() => ID, { description: 'A `LiveSession` id.' }) sessionId!: string;
  @Field(() => Boolean, { description: 'True when you start typing, false when you stop.' }) typing!: boolean;
}

@ObjectType({ description: 'The result of a mutation on a live session.' }) export class LiveSessionPayload {
  @Field(() => LiveSession, { nullable: true, description: 'On a CONFLICT, the session as it now is (with the other person\'s notes).' }) session!: LiveSession | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}
@ObjectType({ description: 'The result of a mutation on a message.' }) export class MessagePayload {
  @Field(() => Message, { nullable: true, description: 'The message as it now is; null when nothing was changed.' }) message!: Message | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}
@ObjectType({ description: 'The result of a mutation on an action item.' }) export class ActionItemPayload {
  @Field(() => ActionItem, { nullable: true, description: 'The action item as it now is; null when nothing was changed.' }) actionItem!: ActionItem | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}
@ObjectType({ description: 'How far one person has read in a room.' }) export class SessionReadMarker {
  @Field(() => User, { description: 'Who read.' }) user!: User;
  @Field(() => Int, { description: 'The room stream seq they have read up to.' }) lastReadSeq!: number;
}
@ObjectType({ description: 'One reaction on a message, and who gave it.' }) export class ReactionSummary {
  @Field(() => String, { description: 'The reaction.' }) emoji!: string;
  @Field(() => Int, { description: 'How many people gave it.' }) count!: number;
  @Field(() => [ID], { description: 'The `User` ids of who gave it.' }) userIds!: string[];
}

const message = (result: Outcome<Message>): MessagePayload =>
  result.ok ? { message: result.value, userErrors: [] } : { message: null, userErrors: result.userErrors };
const actionItem = (result: Outcome<ActionItem>): ActionItemPayload =>
  result.ok ? { actionItem: result.value, userErrors: [] } : { actionItem: null, userErrors: result.userErrors };

@Resolver(() => LiveSession)
export class LiveSessionsResolver {
  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => LiveSessionPayload, { description: 'Opens a live room for one of your open mentorships.' })
  async startLiveSession(@Arg('input', () => StartLiveSessionInput, { description: 'The mentorship and a title.' }) input: StartLiveSessionInput, @Ctx() context: GraphQLContext): Promise<LiveSessionPayload> {
    const result = await context.services.liveSessions.start(context.em, currentUser(context), input);
    return result.ok ? { session: result.value, userErrors: [] } : { session: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => LiveSessionPayload, { description: 'The room of one meeting occurrence: opened by whoever comes first, the same room for both.' })
  async openMeetingRoom(@Arg('input', () => OpenMeetingRoomInput, { description: 'The meeting and the occurrence.' }) input: OpenMeetingRoomInput, @Ctx() context: GraphQLContext): Promise<LiveSessionPayload> {
    const result = await context.services.liveSessions.openForMeeting(context.em, currentUser(context), input);
    return result.ok ? { session: result.value, userErrors: [] } : { session: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MessagePayload, { description: 'Sends a chat message; idempotent per `clientMutationId`.' })
  async sendMessage(@Arg('input', () => SendMessageInput, { description: 'The room and the message.' }) input: SendMessageInput, @Ctx() context: GraphQLContext) {
    return message(await context.services.messages.send(context.em, currentUser(context), { ...input }));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MessagePayload, { description: 'Edits your message, within the edit window after sending.' })
  async editMessage(@Arg('input', () => EditMessageInput, { description: 'The message and its new text.' }) input: EditMessageInput, @Ctx() context: GraphQLContext) {
    return message(await context.services.messages.edit(context.em, currentUser(context), input));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MessagePayload, { description: 'Deletes your message; a tombstone keeps its place.' })
  async deleteMessage(@Arg('input', () => MessageIdInput, { description: 'The message to delete.' }) input: MessageIdInput, @Ctx() context: GraphQLContext) {
    return message(await context.services.messages.delete(context.em, currentUser(context), input));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MessagePayload, { description: 'Adds or takes back a reaction.' })
  async reactToMessage(@Arg('input', () => ReactToMessageInput, { description: 'The message and the reaction.' }) input: ReactToMessageInput, @Ctx() context: GraphQLContext) {
    return message(await context.services.messages.react(context.em, currentUser(context), input));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => OutcomePayload, { description: 'Records how far you have read (never moves back); the other person sees it live.' })
  async markSessionRead(@Arg('input', () => MarkSessionReadInput, { description: 'The room and the seq you have read up to.' }) input: MarkSessionReadInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    const userErrors = await context.services.liveSessions.markRead(context.em, currentUser(context), input);
    return { ok: !userErrors.length, userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => LiveSessionPayload, { description: 'Saves the shared notes; CONFLICT if the other person saved since your version.' })
  async updateSessionNotes(@Arg('input', () => UpdateSessionNotesInput, { description: 'The room, the notes and the version you edited.' }) input: UpdateSessionNotesInput, @Ctx() context: GraphQLContext): Promise<LiveSessionPayload> {
    return context.services.liveSessions.updateNotes(context.em, currentUser(context), input);
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => ActionItemPayload, { description: 'Adds an action item to a room, optionally assigned and with a due date.' })
  async createActionItem(@Arg('input', () => CreateActionItemInput, { description: 'The room and the action item.' }) input: CreateActionItemInput, @Ctx() context: GraphQLContext) {
    return actionItem(await context.services.liveSessions.createActionItem(context.em, currentUser(context), input));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => ActionItemPayload, { description: 'Changes an action item; fields left out keep their value.' })
  async updateActionItem(@Arg('input', () => UpdateActionItemInput, { description: 'The action item and what to change.' }) input: UpdateActionItemInput, @Ctx() context: GraphQLContext) {
    return actionItem(await context.services.liveSessions.updateActionItem(context.em, currentUser(context), { ...input }));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => OutcomePayload, { description: 'A presence heartbeat (every 10 s or so); others mark you offline after 30 s without one.' })
  async sendPresence(@Arg('input', () => SendPresenceInput, { description: 'The room and your presence.' }) input: SendPresenceInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    return this.signal(context, input.sessionId, 'presence', { status: input.status });
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => OutcomePayload, { description: 'Says you started or stopped typing; clients stop showing it by themselves after a few seconds.' })
  async setTyping(@Arg('input', () => SetTypingInput, { description: 'The room and whether you are typing.' }) input: SetTypingInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    return this.signal(context, input.sessionId, 'typing', { typing: input.typing });
  }

  private async signal(context: GraphQLContext, sessionId: string, type: 'presence' | 'typing', payload: Record<string, unknown>): Promise<OutcomePayload> {
    const user = currentUser(context);
    const session = await context.services.liveSessions.accessById(context.em, user, sessionId);
    if (!session) return { ok: false, userErrors: [userError('sessionId', UserErrorCode.NOT_FOUND, 'No such session of yours.')] };
    context.services.liveSessions.signal(session, user, type, payload);
    return { ok: true, userErrors: [] };
  }

  @Subscription(() => StreamEventType, {
    description:
      'Everything that happens in a room, in order: replays stored events after `after`, then streams live, with presence and typing (ephemeral: no seq). Ends if you lose access. Tokens need `sessions:read`.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { sessionId: string; after: number }, GraphQLContext>) => {
      assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
      const userUuid = context.viewer.user.uuid;
      const uuid = idOfType(args.sessionId, 'LiveSession');
      const { liveSessions } = context.services;
      if (!uuid || !(await liveSessions.access(context.em.fork(), userUuid, uuid))) {
        throw new ApiError(ErrorCode.FORBIDDEN, 'No such session of yours.');
      }
      return roomStream(context, sessionStream(uuid), args.after, () => liveSessions.mayEnter(context.em, userUuid, uuid));
    },
  })
  sessionEvents(
    @Root() event: StreamEventType,
    @Arg('sessionId', () => ID, { description: 'A `LiveSession` id of yours.' }) _sessionId: string,
    @Arg('after', () => Int, { defaultValue: 0, description: 'The last seq you received; 0 for everything.' }) _after: number,
  ): StreamEventType {
    return event;
  }

  @FieldResolver(() => Mentorship, { description: 'The mentorship it belongs to.' })
  mentorship(@Root() session: LiveSession, @Ctx() context: GraphQLContext): Promise<Mentorship> {
    return context.em.findOneOrFail(Mentorship, { uuid: session.mentorship.unwrap().uuid });
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The scheduled meeting this is the room of; null for an ad-hoc session.' })
  meeting(@Root() session: LiveSession, @Ctx() context: GraphQLContext): Promise<Meeting | null> {
    return session.meeting ? context.em.findOne(Meeting, { uuid: session.meeting.unwrap().uuid }) : Promise.resolve(null);
  }

  @FieldResolver(() => MessageConnection, { description: 'The chat history, oldest first; use `last`/`before` to scroll back from the newest.' })
  messages(@Root() session: LiveSession, @Args(() => HistoryPageArgs) args: HistoryPageArgs, @Ctx() context: GraphQLContext): Promise<Page<Message>> {
    return paginate(context.em, Message, { sessionUuid: session.uuid }, args, { seq: 'asc' });
  }

  @FieldResolver(() => [ActionItem], { description: 'Its action items, oldest first.' })
  actionItems(@Root() session: LiveSession, @Ctx() context: GraphQLContext): Promise<ActionItem[]> {
    return context.services.liveSessions.actionItems(context.em, session);
  }

  @FieldResolver(() => [SessionReadMarker], { description: "Each person's last read seq: show \"seen\" up to it." })
  async readMarkers(@Root() session: LiveSession, @Ctx() context: GraphQLContext): Promise<SessionReadMarker[]> {
    const markers = await context.services.liveSessions.readMarkers(context.em, session);
    return markers.map((marker) => ({ user: marker.user.getEntity(), lastReadSeq: marker.lastReadSeq }));
  }

  @FieldResolver(() => Int, { description: "The room stream's latest seq: subscribe with `after` set to it to get only what comes next." })
  head(@Root() session: LiveSession, @Ctx() context: GraphQLContext): Promise<number> {
    return context.realtime.head(sessionStream(session.uuid));
  }
}

@Resolver(() => UpcomingMeeting)
export class UpcomingMeetingRoomResolver {
  @FieldResolver(() => LiveSession, { nullable: true, description: 'Its room, once either of you opened it (`openMeetingRoom`).' })
  room(@Root() upcoming: UpcomingMeeting, @Ctx() context: GraphQLContext): Promise<LiveSession | null> {
    return context.em.findOne(LiveSession, { meeting: upcoming.meeting.uuid, occurrenceStart: upcoming.occurrence.originalStart });
  }
}

@Resolver(() => Message)
export class MessagesResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null when the author deleted their account ("Deleted user").' })
  author(@Root() message: Message, @Ctx() context: GraphQLContext): Promise<User | null> {
    return message.authorUuid ? context.em.findOne(User, { uuid: message.authorUuid }) : Promise.resolve(null);
  }

  @FieldResolver(() => Message, { nullable: true, description: 'The message it replies to; null when it is not a reply.' })
  replyTo(@Root() message: Message, @Ctx() context: GraphQLContext): Promise<Message | null> {
    return message.replyToUuid ? context.em.findOne(Message, { uuid: message.replyToUuid }) : Promise.resolve(null);
  }

  @FieldResolver(() => [ReactionSummary], { description: 'Reactions, grouped by emoji.' })
  reactions(@Root() message: Message, @Ctx() context: GraphQLContext): Promise<ReactionSummary[]> {
    return context.services.messages.reactions(context.em, message);
  }
}

@Resolver(() => ActionItem)
export class ActionItemsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who is to do it; null when unassigned.' })
  assignee(@Root() item: ActionItem, @Ctx() context: GraphQLContext): Promise<User | null> {
    return item.assignee ? context.em.findOne(User, { uuid: item.assignee.unwrap().uuid }) : Promise.resolve(null);
  }
}

@Resolver(() => Mentorship)
export class MentorshipSessionsResolver {
  @FieldResolver(() => [LiveSession], { description: 'Its live sessions, newest first (the latest 100).' })
  async liveSessions(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<LiveSession[]> {
    assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
    return context.services.liveSessions.list(context.em, mentorship);
  }
}
