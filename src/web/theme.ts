import { type CSSVariablesResolver, createTheme, darken } from "@mantine/core";

/**
 * Mantine's default filled blue (shade 6) on white is 3.5:1; shade 8 reaches 5:1 (WCAG AA).
 * The same shade applies to every filled colour (red 8 on white: 4.5:1).
 */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: 8,
  defaultRadius: "sm",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
});

/**
 * Text colours Mantine draws lighter than 4.5:1 on white: error (red 6) and dimmed (gray 6).
 * Light variants (badges, alerts) draw shade 9 on shade 1, which is under 4.5:1 for green, orange,
 * yellow and others; here every colour's light variant is its shade 0 under shade 9 darkened by 30 %
 * (yellow 5:1, green 7:1), so a status badge reads in any colour.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    ...Object.fromEntries(
      Object.entries(resolved.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light`, `var(--mantine-color-${name}-0)`],
        [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)],
      ]),
    ),
  },
  dark: {},
});
