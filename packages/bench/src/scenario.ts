import type { Mode } from './environment.js';
import type { Progress } from './progress.js';
import type { ScenarioReport } from './report.js';

export type ScenarioContext = {
  mode: Mode;
  progress: Progress;
};

/** One benchmark: it measures Mentorspace and its baseline in the same run. */
export type Scenario = {
  name: string;
  title: string;
  /** Runs only with --full (or when named with --only). */
  fullOnly?: boolean;
  run(context: ScenarioContext): Promise<Omit<ScenarioReport, 'scenario' | 'title' | 'durationMs'>>;
};
