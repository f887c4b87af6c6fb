// Mantine's PostCSS preset: light-dark(), rem()/em() and the $mantine-breakpoint-* variables in CSS modules.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
