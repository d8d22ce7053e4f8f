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
 * (yellow 5:1, green 7:1), so a status badge reads in any colour. Filled buttons and badges with white
 * text get a shade that reaches 4.5:1 (filledShade).
 */
/** WCAG contrast of a colour (#rrggbb or rgb()/rgba()) against white. */
export function contrastOnWhite(colour: string): number {
  const channels = colour.startsWith("#") ? (colour.slice(1).match(/../g) ?? []).map((h) => parseInt(h, 16)) : (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** The filled shade for white text: shade 8 when it reaches 4.5:1, else shade 9 darkened until it does (green, teal, orange, yellow…). */
export function filledShade(shades: readonly string[]): string | null {
  const base = shades[8] ?? "#000000";
  if (contrastOnWhite(base) >= 4.5) return null;
  for (const amount of [0, 0.1, 0.2, 0.3, 0.4, 0.5]) {
    const candidate = amount === 0 ? (shades[9] ?? base) : darken(shades[9] ?? base, amount);
    if (contrastOnWhite(candidate) >= 4.5) return candidate;
  }
  return "#000000";
}

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
        ...(() => {
          const filled = filledShade(shades);
          return filled ? [[`--mantine-color-${name}-filled`, filled], [`--mantine-color-${name}-filled-hover`, darken(filled, 0.15)]] : [];
        })(),
      ]),
    ),
  },
  dark: {},
});
