import { Stream } from '../events/stream.entity.js';
import { StreamEvent } from '../events/stream-event.entity.js';

/** Every entity of every module; the ORM and the migration generator read this list. */
export const entities = [Stream, StreamEvent];
