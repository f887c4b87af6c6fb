import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { globalId, idOfType, parseGlobalId } from './node.js';

describe('global ids', () => {
  const uuid = randomUUID();

  it('are base64 of Type:uuid, and give back their type and uuid', () => {
    const id = globalId('Goal', uuid);
    expect(atob(id)).toBe(`Goal:${uuid}`);
    expect(parseGlobalId(id)).toEqual({ typeName: 'Goal', id: uuid });
    expect(idOfType(id, 'Goal')).toBe(uuid);
    expect(idOfType(id, 'User')).toBeNull();
  });

  it('name nothing when they are not exactly an id we would make', () => {
    const id = globalId('Goal', uuid);
    for (const other of [
      '',
      'not base64 at all!',
      btoa(`Goal:${uuid.slice(1)}`), // not a uuid
      btoa(`:${uuid}`), // no type
      btoa(uuid), // no colon
      `${id}!!`, // junk a lenient decoder would skip
      id.replace(/=+$/, ''), // unpadded
      `${id}${id}`,
      btoa(`Goal:${uuid}`.padEnd(300, 'x')),
    ]) {
      expect(parseGlobalId(other), other).toBeNull();
    }
  });
});
