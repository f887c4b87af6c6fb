import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { REPO_ROOT } from '../../paths.js';

/**
 * The web app's board screen query (`GoalBoard` in schema/operations/goal-board.graphql),
 * with just the fragments it uses: what the browser sends, sent by both sides.
 */
export function boardQuery(): string {
  const document = parse(readFileSync(resolve(REPO_ROOT, 'schema/operations/goal-board.graphql'), 'utf8'));
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'GoalBoard');
  if (!operation) throw new Error('schema/operations/goal-board.graphql has no GoalBoard query');
  const wanted: DefinitionNode[] = [operation];
  const seen = new Set<string>();
  for (let i = 0; i < wanted.length; i++) {
    visit(wanted[i]!, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (seen.has(name)) return;
        seen.add(name);
        wanted.push(fragments.get(name)!);
      },
    });
  }
  return wanted.map((definition) => print(definition)).join('\n\n');
}
