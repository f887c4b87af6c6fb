import type { Scenario } from '../scenario.js';
import { boardScenario } from './board/scenario.js';
import { chatScenario } from './chat/scenario.js';
import { connections } from './connections/scenario.js';
import { replay } from './replay/scenario.js';
import { soak } from './soak/scenario.js';
import { webScenario } from './web/scenario.js';

/** Every scenario, in the order a run takes them (the soak only with --full). */
export const SCENARIOS: Scenario[] = [chatScenario, boardScenario, connections, replay, webScenario, soak];
