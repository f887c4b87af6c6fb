import type { Scenario } from '../scenario.js';
import { chatScenario } from './chat/scenario.js';

/** Every scenario, in the order a run takes them. */
export const SCENARIOS: Scenario[] = [chatScenario];
