import type { Scenario } from '../scenario.js';
import { boardScenario } from './board/scenario.js';
import { webScenario } from './web/scenario.js';

/** Every scenario, in the order a run takes them. */
export const SCENARIOS: Scenario[] = [boardScenario, webScenario];
