/**
 * Text on coloured cells (the county matrix) must read at WCAG AA, 4.5:1, whatever the value:
 * the ink `inkOn` picks is checked against every step of both colour scales.
 */
import { describe, expect, it } from 'vitest';
import { divergingColor, inkOn, sequentialColor } from '../../../../src/ui/charts/color-scale';

function luminance(color: string): number {
  const hex = /^#(?:000|fff)$/.test(color);
  const channels = hex
    ? color === '#000'
      ? [0, 0, 0]
      : [255, 255, 255]
    : /rgb\((\d+), (\d+), (\d+)\)/.exec(color)!.slice(1).map(Number);
  const [r, g, b] = channels.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('inkOn', () => {
  const steps = Array.from({ length: 201 }, (_, i) => i / 200);
  it('reads at 4.5:1 or better on every sequential colour', () => {
    const worst = Math.min(
      ...steps.map((t) => sequentialColor(t, 1)).map((bg) => contrast(bg, inkOn(bg))),
    );
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });
  it('reads at 4.5:1 or better on every diverging colour', () => {
    const lifts = steps.map((t) => Math.exp((t * 2 - 1) * Math.log(8)));
    const worst = Math.min(
      ...lifts.map((l) => divergingColor(l, Math.log(8))).map((bg) => contrast(bg, inkOn(bg))),
    );
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });
  it('picks white on the darkest colour and black on the lightest', () => {
    expect(inkOn(sequentialColor(1, 1))).toBe('#fff');
    expect(inkOn(sequentialColor(0, 1))).toBe('#000');
  });
});
