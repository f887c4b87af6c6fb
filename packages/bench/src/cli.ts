import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runInfo, type Mode } from './environment.js';
import { Progress } from './progress.js';
import { updateDocs, writeReports, type ScenarioReport } from './report.js';
import { REPO_ROOT } from './paths.js';
import { SCENARIOS } from './scenarios/index.js';

const USAGE = `pnpm bench [--full] [--only name,name] [--out dir] [--write-docs]

  --full        the long run: more steps, longer holds, and the soak
  --only        run just these scenarios (${SCENARIOS.map((s) => s.name).join(', ')})
  --out         where the JSON reports and summaries go (default packages/bench/reports)
  --write-docs  put this run's summary into docs/performance.md`;

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: resolve(REPO_ROOT, 'packages/bench/reports') },
    'write-docs': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const mode: Mode = values.full ? 'full' : 'quick';
const wanted = values.only?.split(',').map((name) => name.trim()).filter(Boolean);
const unknown = wanted?.filter((name) => !SCENARIOS.some((s) => s.name === name)) ?? [];
if (unknown.length) {
  console.error(`No scenario called ${unknown.join(', ')}.\n\n${USAGE}`);
  process.exit(2);
}
const chosen = SCENARIOS.filter((s) => (wanted ? wanted.includes(s.name) : mode === 'full' || !s.fullOnly));

const command = ['pnpm bench', ...process.argv.slice(2)].join(' ');
const run = runInfo(mode, command);
const reports: ScenarioReport[] = [];
let failed = false;
for (const scenario of chosen) {
  const progress = new Progress(scenario.name);
  progress.log(`${scenario.title}: starting`);
  const started = performance.now();
  try {
    const report = await scenario.run({ mode, progress });
    reports.push({ scenario: scenario.name, title: scenario.title, durationMs: Math.round(performance.now() - started), ...report });
    progress.log(`done in ${Math.round((performance.now() - started) / 1000)} s`);
  } catch (error) {
    failed = true;
    progress.log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

const summary = await writeReports(values.out!, run, reports);
console.log(`\n${summary}\n`);
console.log(`Reports: ${values.out}`);
if (values['write-docs'] && !failed) {
  await updateDocs(resolve(REPO_ROOT, 'docs/performance.md'), summary);
  console.log('docs/performance.md updated.');
}
process.exit(failed ? 1 : 0);
