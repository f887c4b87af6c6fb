/**
 * The progress chart's geometry: reviews (oldest first) as points on a line,
 * time along x and average progress (0–100 %) up y, inside a padded box.
 */

export interface ChartBox {
  width: number;
  height: number;
  /** Space left for the axis labels. */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  at: string;
}

export interface ChartGeometry {
  points: ChartPoint[];
  /** An SVG path through the points; empty for none. */
  path: string;
  /** Horizontal grid lines at 0, 25, 50, 75 and 100 %. */
  yTicks: { value: number; y: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(reviews: readonly { createdAt: string; averageProgress: number }[], box: ChartBox): ChartGeometry {
  const { width, height, padding } = box;
  const innerWidth = width - padding.left - padding.right;
  const innerHeight = height - padding.top - padding.bottom;
  const yFor = (value: number) => round(padding.top + innerHeight * (1 - Math.max(0, Math.min(100, value)) / 100));
  const times = reviews.map((review) => Date.parse(review.createdAt));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const points = reviews.map((review, index) => {
    // One review sits in the middle; several spread by time (or evenly when at the same moment).
    const share = reviews.length === 1 ? 0.5 : last > first ? (times[index]! - first) / (last - first) : index / (reviews.length - 1);
    return { x: round(padding.left + innerWidth * share), y: yFor(review.averageProgress), value: Math.round(review.averageProgress), at: review.createdAt };
  });
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  return { points, path, yTicks: [0, 25, 50, 75, 100].map((value) => ({ value, y: yFor(value) })) };
}

/** A sentence for screen readers: where progress started, where it is, and the change. */
export function chartSummary(reviews: readonly { averageProgress: number }[]): string {
  if (reviews.length === 0) return 'No reviews yet.';
  const first = Math.round(reviews[0]!.averageProgress);
  const last = Math.round(reviews.at(-1)!.averageProgress);
  if (reviews.length === 1) return `One review so far: average progress ${last}%.`;
  const change = last - first;
  const trend = change === 0 ? 'no change' : change > 0 ? `up ${change} points` : `down ${-change} points`;
  return `${reviews.length} reviews: average progress went from ${first}% to ${last}% (${trend}).`;
}
