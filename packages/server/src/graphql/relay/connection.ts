import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Cursor, type EntityName, type FilterQuery, type FindByCursorOptions } from '@mikro-orm/core';
import { ApiError, ErrorCode } from '../errors.js';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page stands in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many to return, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (`pageInfo.endCursor`).' })
  after?: string | null;
}

@ArgsType()
export class HistoryPageArgs {
  @Field(() => Int, { nullable: true, description: `The first n items (1 to ${MAX_PAGE_SIZE}), from the start or after \`after\`.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (`pageInfo.endCursor`).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `The last n items (1 to ${MAX_PAGE_SIZE}), from the end or before \`before\`: for scrolling back through history.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items before this cursor (`pageInfo.startCursor`).' })
  before?: string | null;
}

type Window = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };

export type Page<T> = {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
};

/** Builds `<Name>Connection` and `<Name>Edge` for a node type. */
export function Connection<T extends object>(nodeClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Pass as `after` (or `before`) to page on from this item.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${name} itself.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay cursor connection).` })
  class ConnectionType implements Page<T> {
    @Field(() => [Edge], { description: 'The items of this page in order, each with its cursor.' })
    edges!: Edge[];

    @Field(() => [nodeClass], { description: 'The nodes of `edges`, for clients that do not need cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to reach them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * Keyset pagination through MikroORM's cursors: stable under inserts, and the
 * only way lists are paged. The order must end in a unique column.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: Window,
  orderBy: FindByCursorOptions<T>['orderBy'],
): Promise<Page<T>> {
  const backwards = args.last != null || args.before != null;
  const size = backwards ? (args.last ?? 20) : (args.first ?? 20);
  const sizeName = backwards ? 'last' : 'first';
  if ((backwards && (args.first != null || args.after != null)) || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new ApiError(
      ErrorCode.BAD_USER_INPUT,
      `Page with \`first\`/\`after\` or with \`last\`/\`before\`, not both; \`${sizeName}\` must be between 1 and ${MAX_PAGE_SIZE}.`,
      { argument: sizeName },
    );
  }
  const given = backwards ? args.before : args.after;
  const badCursor = () =>
    new ApiError(ErrorCode.BAD_CURSOR, 'That cursor is not one this list gave out.', { argument: backwards ? 'before' : 'after' });
  if (given && !isWellFormedCursor(given)) throw badCursor();
  let cursor;
  try {
    cursor = await em.findByCursor(entity, where, {
      ...(backwards ? { last: size } : { first: size }),
      ...(given ? { [backwards ? 'before' : 'after']: given } : {}),
      orderBy,
    } as FindByCursorOptions<T>);
  } catch (error) {
    // Postgres class 22: a value in the cursor does not fit its column.
    if (given && String((error as { code?: unknown }).code ?? '').startsWith('22')) throw badCursor();
    throw error;
  }
  const nodes = cursor.items as T[];
  return {
    edges: nodes.map((node) => ({ cursor: cursor.from(node), node })),
    nodes,
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount,
  };
}

function isWellFormedCursor(value: string): boolean {
  if (value.length > 500) return false;
  try {
    const decoded = Cursor.decode(value);
    return Array.isArray(decoded) && decoded.every((part) => ['string', 'number'].includes(typeof part) || part === null);
  } catch {
    return false;
  }
}
