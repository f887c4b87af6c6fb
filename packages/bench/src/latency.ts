import * as hdr from 'hdr-histogram-js';

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; max: number; mean: number };

/**
 * Latencies in milliseconds, kept in an HDR histogram (microsecond
 * resolution, three significant digits) so millions of samples cost little.
 */
export class Latencies {
  private readonly histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3 });

  record(ms: number): void {
    this.histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  summary(): LatencySummary {
    const at = (percentile: number) => round3(this.histogram.getValueAtPercentile(percentile) / 1000);
    return {
      count: this.histogram.totalCount,
      p50: at(50),
      p95: at(95),
      p99: at(99),
      max: round3(this.histogram.maxValue / 1000),
      mean: round3(this.histogram.mean / 1000),
    };
  }
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
