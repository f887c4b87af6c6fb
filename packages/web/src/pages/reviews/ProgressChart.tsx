import { Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { formatDate } from '../../domain/dates';
import { chartGeometry, chartSummary } from '../../domain/progress-chart';

const BOX = { width: 640, height: 220, padding: { top: 16, right: 24, bottom: 32, left: 44 } };

/** Average progress at each review, as a small SVG line chart with a text summary and a data table for screen readers. */
export function ProgressChart({ reviews }: { reviews: readonly { id: string; createdAt: string; averageProgress: number }[] }) {
  const titleId = useId();
  const descId = useId();
  if (reviews.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The chart starts with your first review.
      </Text>
    );
  }
  const geometry = chartGeometry(reviews, BOX);
  const summary = chartSummary(reviews);
  return (
    <figure style={{ margin: 0 }} data-progress-chart>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} style={{ maxHeight: 260, display: 'block' }}>
        <title id={titleId}>Average progress over time</title>
        <desc id={descId}>{summary}</desc>
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={BOX.padding.left} x2={BOX.width - BOX.padding.right} y1={tick.y} y2={tick.y} stroke="var(--mantine-color-default-border)" strokeDasharray={tick.value ? '3 4' : undefined} />
            <text x={BOX.padding.left - 8} y={tick.y + 4} textAnchor="end" fontSize="12" fill="var(--mantine-color-dimmed)">
              {tick.value}%
            </text>
          </g>
        ))}
        <path d={geometry.path} fill="none" stroke="var(--mantine-primary-color-filled)" strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
        {geometry.points.map((point, index) => (
          <g key={reviews[index]!.id}>
            <circle cx={point.x} cy={point.y} r={5} fill="var(--mantine-color-body)" stroke="var(--mantine-primary-color-filled)" strokeWidth={3} />
            <text x={point.x} y={point.y - 10} textAnchor="middle" fontSize="12" fontWeight={600} fill="var(--mantine-color-text)">
              {point.value}%
            </text>
            {(index === 0 || index === geometry.points.length - 1) && (
              <text x={point.x} y={BOX.height - 10} textAnchor={geometry.points.length === 1 ? 'middle' : index === 0 ? 'start' : 'end'} fontSize="12" fill="var(--mantine-color-dimmed)">
                {formatDate(point.at)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <Text component="figcaption" size="sm" c="dimmed" mt="xs">
        {summary}
      </Text>
      <VisuallyHidden>
        <table>
          <caption>Average progress at each review</caption>
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">Average progress</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((review) => (
              <tr key={review.id}>
                <td>{formatDate(review.createdAt)}</td>
                <td>{Math.round(review.averageProgress)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
