import {
  type CSSVariablesResolver,
  colorsTuple,
  createTheme,
  darken,
  lighten,
  type MantineThemeOverride,
} from '@mantine/core';

const baseTheme = {
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans JP", sans-serif',
} satisfies MantineThemeOverride;

/**
 * The theme of the whole app. `closeLabel` names the close button of every notice, dialog and
 * side panel in the reader's language (Mantine leaves it unnamed: screen readers say "button").
 */
export function appTheme({ primaryColor, closeLabel }: { primaryColor: string | null; closeLabel: string }) {
  // Plain objects, not Modal.extend(…): importing the components would put them in the sign-in
  // page's download.
  const closeButtonProps = { 'aria-label': closeLabel };
  const components = {
    Notification: { defaultProps: { closeButtonProps } },
    Modal: { defaultProps: { closeButtonProps } },
    Drawer: { defaultProps: { closeButtonProps } },
  };
  if (!primaryColor) return createTheme({ ...baseTheme, components });
  return createTheme({
    ...baseTheme,
    components,
    primaryColor: 'brand',
    colors: { brand: brandPalette(primaryColor) },
  });
}

/**
 * The workspace's primary colour as a Mantine palette: lighter tints below, the colour itself at
 * the primary shade (8), a darker one above for text on light tints. The API accepts only colours
 * white text can be read on (WCAG AA), so filled buttons stay legible.
 */
function brandPalette(primaryColor: string) {
  const tints = [0.92, 0.84, 0.72, 0.6, 0.45, 0.3, 0.15, 0.05].map((amount) => lighten(primaryColor, amount));
  return colorsTuple([...tints, primaryColor, darken(primaryColor, 0.3)]);
}

/**
 * Mantine's light palette falls short of WCAG AA contrast in a few places (gray-6 "dimmed" text,
 * red-6 field errors, the text of light badges and alerts): darker shades here, checked by
 * axe-core on every page in the e2e suite.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    // Shade 9 of these is still too light on their own tint (red on a striped table row): darker, fixed values.
    '--mantine-color-red-light-color': '#a61e1e',
    '--mantine-color-green-light-color': '#1e6b30',
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-orange-light-color': '#a33a0b',
    '--mantine-color-yellow-light-color': '#7a5000',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
    '--mantine-color-violet-light-color': 'var(--mantine-color-violet-9)',
    '--mantine-color-brand-light-color': 'var(--mantine-color-brand-9)',
  },
  dark: {},
});
