import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunInfo } from './environment.js';

/**
 * One figure set beside its baseline. `ratio` is measured / baseline, oriented
 * so that higher is better for the measured side (for "lower is better"
 * figures such as latency the scenario inverts it and says so in `unit`).
 */
export type Comparison = {
  what: string;
  measured: number;
  baseline: number;
  unit: string;
  ratio: number;
};

/** A target from docs/performance.md, checked against this run (never asserted in tests). */
export type TargetCheck = {
  target: string;
  actual: string;
  met: boolean;
};

/** A table for the readable summary: one header row, then rows of cells. */
export type Table = { title?: string; columns: string[]; rows: (string | number)[][] };

export type ScenarioReport = {
  scenario: string;
  title: string;
  /** What was measured and how, in one or two sentences for the summary. */
  method: string;
  comparisons: Comparison[];
  targets: TargetCheck[];
  tables: Table[];
  /** Everything measured, for the JSON report. */
  data: unknown;
  /** Why a number is what it is, what was noticed. */
  notes: string[];
  durationMs: number;
};

export const ratio = (measured: number, baseline: number): number => (baseline === 0 ? 0 : round(measured / baseline, 3));

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function markdownTable(table: Table): string {
  const escape = (cell: string | number) => String(cell).replaceAll('|', '\\|');
  const lines = [
    `| ${table.columns.map(escape).join(' | ')} |`,
    `|${table.columns.map(() => '---').join('|')}|`,
    ...table.rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ];
  return (table.title ? `${table.title}\n\n` : '') + lines.join('\n');
}

/** The readable summary of one scenario, as Markdown. */
export function summarise(report: ScenarioReport): string {
  const parts = [`### ${report.title}`, report.method];
  if (report.comparisons.length) {
    parts.push(
      markdownTable({
        columns: ['figure', 'Mentorspace', 'baseline', 'ratio'],
        rows: report.comparisons.map((c) => [c.what, `${c.measured} ${c.unit}`, `${c.baseline} ${c.unit}`, `${c.ratio}×`]),
      }),
    );
  }
  for (const table of report.tables) parts.push(markdownTable(table));
  if (report.targets.length) {
    parts.push(
      markdownTable({
        columns: ['target', 'this run', 'met'],
        rows: report.targets.map((t) => [t.target, t.actual, t.met ? 'yes' : '**no**']),
      }),
    );
  }
  for (const note of report.notes) parts.push(`- ${note}`);
  parts.push(`_Took ${round(report.durationMs / 1000)} s._`);
  return parts.join('\n\n');
}

export function summariseRun(run: RunInfo, reports: ScenarioReport[]): string {
  return [
    `## Run of ${run.startedAt} (${run.mode})`,
    `${run.machine}; Node ${run.node}; commit ${run.commit}. Reproduce with \`${run.command}\`.`,
    ...reports.map(summarise),
  ].join('\n\n');
}

/** Writes each scenario's JSON and summary, and the run's together; returns the run summary. */
export async function writeReports(outDir: string, run: RunInfo, reports: ScenarioReport[]): Promise<string> {
  await mkdir(outDir, { recursive: true });
  for (const report of reports) {
    await writeFile(join(outDir, `${report.scenario}.json`), JSON.stringify({ run, ...report }, null, 2) + '\n');
    await writeFile(join(outDir, `${report.scenario}.md`), summarise(report) + '\n');
  }
  const summary = summariseRun(run, reports);
  await writeFile(join(outDir, 'summary.md'), summary + '\n');
  await writeFile(join(outDir, 'run.json'), JSON.stringify({ run, reports }, null, 2) + '\n');
  return summary;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of docs/performance.md (between its markers) with this run's summary. */
export async function updateDocs(docsPath: string, summary: string): Promise<void> {
  const text = await readFile(docsPath, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${docsPath} has no ${START} … ${END} section to fill`);
  const generated = `${START}\n<!-- Written by \`pnpm bench --write-docs\`; edit the text around it, not this part. -->\n\n${summary}\n\n`;
  await writeFile(docsPath, text.slice(0, start) + generated + text.slice(end));
}
