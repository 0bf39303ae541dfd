/**
 * Light or dark card for a page: the page's own background decides when it paints one; a page
 * with a transparent background is white unless it opted into a dark `color-scheme`, in which
 * case the system preference decides.
 */

export type Theme = 'light' | 'dark';

/** Relative luminance below this is a dark background (mid-grey #777 ≈ 0.18). */
const DARK_LUMINANCE = 0.2;

export interface PageColors {
  /** Computed `background-color` of body then html (`rgb(…)`/`rgba(…)`/`transparent`). */
  backgrounds: readonly string[];
  /** Computed `color-scheme` of the root (`normal`, `light dark`, `dark`). */
  colorScheme: string;
  systemDark: boolean;
}

/** `rgb(12, 34, 56)`, `rgba(0, 0, 0, 0)`, `rgb(12 34 56 / 0.5)` → [r, g, b, a]; null otherwise. */
export function parseCssColor(value: string): [number, number, number, number] | null {
  if (value.trim() === 'transparent') return [0, 0, 0, 0];
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!match) return null;
  const [, r, g, b, a] = match;
  const alpha = a === undefined ? 1 : a.endsWith('%') ? Number.parseFloat(a) / 100 : Number(a);
  return [Number(r), Number(g), Number(b), alpha];
}

function luminance(r: number, g: number, b: number): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function themeOf(colors: PageColors): Theme {
  for (const background of colors.backgrounds) {
    const rgba = parseCssColor(background);
    if (!rgba || rgba[3] < 0.5) continue;
    return luminance(rgba[0], rgba[1], rgba[2]) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return colors.colorScheme.includes('dark') && colors.systemDark ? 'dark' : 'light';
}
