// WCAG 2.1 contrast of the dashboard's colours (DESIGN §5.2: "contrast meets WCAG AA"), computed
// with the standard's own formula, so a colour changed in src/site/words.ts that fails is caught
// here, before any browser runs.

import { describe, expect, it } from 'vitest';
import { STATUS_COLORS, SUBMISSION_CELLS } from '../../src/site/words.js';
import { SITE_CSS } from '../../src/site/style.js';

/** WCAG 2.1 relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colours of the dashboard', () => {
  it('the formula gives the standard\'s known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(Object.entries(STATUS_COLORS))('status %s: white text on it reads at 4.5:1 (so it stands out from the white page by as much)', (_, color) => {
    expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(SUBMISSION_CELLS))('heat map cell %s: its mark reads at 4.5:1 on its ground', (_, cell) => {
    expect(contrast(cell.ink, cell.ground)).toBeGreaterThanOrEqual(4.5);
  });

  it('every text colour of the style sheet reads at 4.5:1 on the grounds it is used on', () => {
    const texts = [...SITE_CSS.matchAll(/(?:^|[;{])color:(#[0-9a-f]{6})/gi)].map((m) => m[1]!.toLowerCase());
    expect(texts.length).toBeGreaterThan(5);
    // the lightest grounds of the sheet: the page, table heads, cards, badges, heat map cells
    const grounds = ['#ffffff', '#eef2f6', '#fafbfc', '#f3f4f6', '#f6f8fa', '#fdecea'];
    for (const text of new Set(texts)) {
      if (text === '#ffffff') continue; // white is used on the dark header only
      for (const ground of grounds) expect(contrast(text, ground), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast('#ffffff', '#0b3d6e')).toBeGreaterThanOrEqual(4.5);
  });
});
