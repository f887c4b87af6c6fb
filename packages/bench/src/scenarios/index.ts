import type { Scenario } from '../scenario.js';
import { connections } from './connections/scenario.js';

/** Every scenario, in the order a run takes them. */
export const SCENARIOS: Scenario[] = [connections];
