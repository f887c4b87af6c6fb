import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ApiError, ErrorCode } from '../errors.js';
import { nodeLoaders } from '../node-loaders.js';
import { MAX_PAGE_SIZE } from './connection.js';
import { Node, parseGlobalId } from './node.js';

async function load(context: GraphQLContext, id: string): Promise<object | null> {
  const parsed = parseGlobalId(id);
  const loader = parsed && nodeLoaders[parsed.typeName];
  return loader ? loader(context, parsed.id) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id; null when it does not exist or you may not see it.' })
  node(@Arg('id', () => ID, { description: 'A global id, as any object gives it in `id`.' }) id: string, @Ctx() context: GraphQLContext): Promise<object | null> {
    return load(context, id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Fetches up to ${MAX_PAGE_SIZE} objects by id, in order; null for each one not found or not visible.` })
  nodes(@Arg('ids', () => [ID], { description: `Global ids, at most ${MAX_PAGE_SIZE}.` }) ids: string[], @Ctx() context: GraphQLContext): Promise<(object | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, `Ask for at most ${MAX_PAGE_SIZE} ids at once.`, { argument: 'ids' });
    }
    return Promise.all(ids.map((id) => load(context, id)));
  }
}
