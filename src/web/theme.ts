import { type CSSVariablesResolver, createTheme } from "@mantine/core";

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
 * Text colours Mantine draws lighter than 4.5:1 on white: error (red 6) and dimmed (gray 6);
 * red alerts get a paler background so their red 9 text clears 4.5:1 with room to spare.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    "--mantine-color-red-light": "var(--mantine-color-red-0)",
  },
  dark: {},
});
