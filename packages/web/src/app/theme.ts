import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * Spruce: a calm, deep teal-green for growth and trust. Shade 7 (the light
 * scheme's primary) carries white text at 5.2:1 and shade 8 (dark scheme) at
 * 7.2:1, so filled buttons and badges pass WCAG AA.
 */
const spruce: MantineColorsTuple = [
  '#e6f7f4',
  '#ccefe8',
  '#9adfd2',
  '#63cdb9',
  '#37bca3',
  '#1aa98f',
  '#0e917b',
  '#0b7a68',
  '#086356',
  '#054d43',
];

const systemSans =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

export const theme = createTheme({
  colors: { spruce },
  primaryColor: 'spruce',
  primaryShade: { light: 7, dark: 8 },
  fontFamily: systemSans,
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  headings: {
    fontFamily: systemSans,
    fontWeight: '700',
    textWrap: 'balance',
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  respectReducedMotion: true,
  components: {
    Card: { defaultProps: { radius: 'lg' } },
  },
});

/**
 * Mantine's default "dimmed" text is 3.2:1 on light backgrounds and 3.5:1 on
 * dark cards; these reach 5.5:1 or better, so secondary text stays readable.
 * Accent text (the wordmark, eyebrows) uses `--mantine-color-anchor`: the
 * primary shade 7 when light, shade 4 when dark.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: { '--mantine-color-dimmed': '#a0a0a0' },
});
