import { connectBaseline, connectMentorspace, type ChatConnection } from './chat-clients.js';
import { BODY_LENGTH, type Side, type StepResult, type WorkerCommand, type WorkerPair, type WorkerReply } from './protocol.js';

// A load generator in its own process (forked by the chat scenario), so the
// bench process's own work does not delay sends or deliveries. Both members of
// each pair live here, so send and delivery times come from one clock.

type Role = 'mentor' | 'mentee';
type Member = { pair: number; role: Role; connection: ChatConnection };

const SOCKETS_AT_ONCE = 50;

/** `m|step|pair|role|n|sentAt|xxxx…`: the send time rides in the text itself. */
const bodyOf = (step: number, pair: number, role: Role, n: number, sentAt: number): string => {
  const head = `m|${step}|${pair}|${role}|${n}|${sentAt.toFixed(3)}|`;
  return head.padEnd(BODY_LENGTH, 'x');
};

let side: Side = 'mentorspace';
let members: Member[] = [];
let pairs: WorkerPair[] = [];
/** Per sender (pair:role): its next message number, so receivers can spot reordering. */
const nextNumber = new Map<string, number>();
let current = freshStep(-1);

function freshStep(step: number) {
  return {
    step,
    holdEndsAt: Infinity,
    sent: 0,
    answered: 0,
    failed: 0,
    failureSample: null as string | null,
    delivered: 0,
    deliveredInHold: 0,
    duplicates: 0,
    outOfOrder: 0,
    late: 0,
    misrouted: 0,
    seen: new Set<string>(),
    lastSeen: new Map<string, number>(),
    latencies: [] as number[],
    partnerLatencies: [] as number[],
  };
}

function deliveredTo(receiver: { pair: number; role: Role }, body: string): void {
  const now = performance.now();
  const [, stepText, pairText, senderRole, nText, sentAtText] = body.split('|', 6);
  const step = Number(stepText);
  if (step !== current.step) {
    if (step < current.step) current.late++;
    return;
  }
  const pair = Number(pairText);
  if (pair !== receiver.pair) {
    current.misrouted++;
    return;
  }
  const n = Number(nText);
  const key = `${receiver.role}|${senderRole}|${pair}|${n}`;
  if (current.seen.has(key)) {
    current.duplicates++;
    return;
  }
  current.seen.add(key);
  const stream = `${receiver.role}|${senderRole}|${pair}`;
  if ((current.lastSeen.get(stream) ?? -1) > n) current.outOfOrder++;
  else current.lastSeen.set(stream, n);
  current.delivered++;
  if (now <= current.holdEndsAt) current.deliveredInHold++;
  const latency = now - Number(sentAtText);
  current.latencies.push(latency);
  if (senderRole !== receiver.role) current.partnerLatencies.push(latency);
}

async function connect(command: Extract<WorkerCommand, { type: 'connect' }>): Promise<WorkerReply> {
  const started = performance.now();
  side = command.side;
  pairs = command.pairs;
  const wanted = pairs.flatMap((pair) => [
    { pair: pair.index, role: 'mentor' as const, url: command.urls.a, token: pair.mentorToken, sessionId: pair.sessionId },
    { pair: pair.index, role: 'mentee' as const, url: command.urls.b, token: pair.menteeToken, sessionId: pair.sessionId },
  ]);
  members = [];
  for (let i = 0; i < wanted.length; i += SOCKETS_AT_ONCE) {
    members.push(
      ...(await Promise.all(
        wanted.slice(i, i + SOCKETS_AT_ONCE).map(async (want) => {
          const onDelivery = (body: string) => deliveredTo(want, body);
          const connection =
            side === 'mentorspace' ? await connectMentorspace(want.url, want.token, want.sessionId, onDelivery) : await connectBaseline(want.url, want.sessionId, onDelivery);
          return { pair: want.pair, role: want.role, connection };
        }),
      )),
    );
  }
  return { type: 'connected', sockets: members.length, ms: Math.round(performance.now() - started) };
}

/** Sends `rate` messages a second for the hold (round robin over pairs, alternating who sends), then waits for stragglers. */
async function step(command: Extract<WorkerCommand, { type: 'step' }>): Promise<WorkerReply> {
  current = freshStep(command.step);
  const total = Math.round((command.rate * command.holdMs) / 1000);
  const started = performance.now();
  current.holdEndsAt = started + command.holdMs;
  let lastSendAt = started;
  const sendOne = (k: number) => {
    // Consecutive messages go to different rooms, mentor and mentee in turn (so both instances take sends), flipping each round.
    const member = members[(k % pairs.length) * 2 + ((k + Math.floor(k / pairs.length)) % 2)]!;
    const sender = `${member.pair}|${member.role}`;
    const n = nextNumber.get(sender) ?? 0;
    nextNumber.set(sender, n + 1);
    const sentAt = performance.now();
    member.connection.send(bodyOf(command.step, member.pair, member.role, n, sentAt), `${command.step}-${sender}-${n}`, (error) => {
      current.answered++;
      if (error) {
        current.failed++;
        current.failureSample ??= error;
      }
    });
    current.sent++;
    lastSendAt = sentAt;
  };
  await new Promise<void>((resolve) => {
    // A tick every 2 ms sends what is due by then: an open loop, so a slow server shows as latency, not as a lower offered rate.
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor((command.rate * (performance.now() - started)) / 1000));
      while (current.sent < due) sendOne(current.sent);
      if (current.sent >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
  const drainUntil = performance.now() + command.drainMs;
  while (performance.now() < drainUntil && (current.delivered < current.sent * 2 || current.answered < current.sent)) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const result: StepResult = {
    sent: current.sent,
    sendSeconds: (lastSendAt - started) / 1000,
    failed: current.failed,
    failureSample: current.failureSample,
    answered: current.answered,
    expected: current.sent * 2,
    delivered: current.delivered,
    deliveredInHold: current.deliveredInHold,
    duplicates: current.duplicates,
    outOfOrder: current.outOfOrder,
    late: current.late,
    misrouted: current.misrouted,
    latencies: Float64Array.from(current.latencies),
    partnerLatencies: Float64Array.from(current.partnerLatencies),
  };
  return { type: 'stepped', result };
}

async function disconnect(): Promise<WorkerReply> {
  await Promise.all(members.map((member) => member.connection.close()));
  members = [];
  return { type: 'disconnected' };
}

process.on('message', (command: WorkerCommand) => {
  const run = command.type === 'connect' ? connect(command) : command.type === 'step' ? step(command) : disconnect();
  run.then(
    (reply) => process.send!(reply),
    (error: unknown) => process.send!({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
process.on('disconnect', () => process.exit(0));
