import type { SVGProps } from 'react';

/** The Mentorspace mark: an "M" drawn as two peaks, side by side. Decorative: the wordmark names it. */
export function Logo({ size = 32, ...props }: { size?: number } & SVGProps<SVGSVGElement>) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" {...props}>
      <rect width="32" height="32" rx="8" fill="var(--mantine-primary-color-filled, #0b7a68)" />
      <path
        d="M8 22.5 12.5 11l3.5 7.5 3.5-7.5L24 22.5"
        fill="none"
        stroke="#fff"
        strokeWidth="2.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
