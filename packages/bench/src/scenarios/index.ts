import type { Scenario } from '../scenario.js';
import { connections } from './connections/scenario.js';
import { replay } from './replay/scenario.js';
import { soak } from './soak/scenario.js';

/** Every scenario, in the order a run takes them. */
export const SCENARIOS: Scenario[] = [connections, replay, soak];
