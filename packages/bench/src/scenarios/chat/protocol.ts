/** What the chat scenario and its load workers (load-worker.ts) say to each other over IPC. */

/** Every message is padded to this many characters, on both sides. */
export const BODY_LENGTH = 160;

export type Side = 'mentorspace' | 'baseline';

/** One pair as a worker needs it: the mentor connects to instance A, the mentee to instance B. */
export type WorkerPair = { index: number; sessionId: string; mentorToken: string; menteeToken: string };

export type WorkerCommand =
  | { type: 'connect'; side: Side; pairs: WorkerPair[]; urls: { a: string; b: string } }
  | { type: 'step'; step: number; rate: number; holdMs: number; drainMs: number }
  | { type: 'disconnect' };

export type StepResult = {
  /** Messages the worker sent (asked the server to send). */
  sent: number;
  /** Seconds from the first send to the last: past the hold, the worker itself fell behind. */
  sendSeconds: number;
  /** Messages the server refused or failed (an error or userErrors; Mentorspace only). */
  failed: number;
  failureSample: string | null;
  /** Sends answered (Mentorspace: the mutation's result arrived; baseline: not applicable, equals sent). */
  answered: number;
  /** Two per message: the sender's own copy and the partner's. */
  expected: number;
  /** Distinct deliveries of this step's messages. */
  delivered: number;
  /** Deliveries that arrived within the hold (for the achieved rate). */
  deliveredInHold: number;
  duplicates: number;
  outOfOrder: number;
  /** Deliveries of an earlier step's messages that arrived during this one. */
  late: number;
  /** Deliveries to someone outside the message's pair (must stay 0). */
  misrouted: number;
  /** Milliseconds from send to each delivery, then the same for the partner's copy only. */
  latencies: Float64Array;
  partnerLatencies: Float64Array;
};

export type WorkerReply =
  | { type: 'connected'; sockets: number; ms: number }
  | { type: 'stepped'; result: StepResult }
  | { type: 'disconnected' }
  | { type: 'failed'; error: string };
