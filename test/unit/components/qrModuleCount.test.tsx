// @vitest-environment node
/* eslint-disable testing-library/render-result-naming-convention -- renderToStaticMarkup returns HTML, not a Testing Library render result. */
import fc from 'fast-check';
import { QRCodeSVG } from 'qrcode.react';
import { renderToStaticMarkup } from 'react-dom/server';
import { qrModuleCount } from '../../../src/components/parts/qrModuleCount';
import type { FastpassErrorCorrectionLevel } from '../../../src/query/qrCapacity';
import { REALISTIC_PAYLOAD } from '../../utils/viewResults';

const LEVELS: FastpassErrorCorrectionLevel[] = ['L', 'M', 'Q', 'H'];

/** The width qrcode.react itself draws `value` at, in modules, read from its viewBox (marginSize 0: no quiet zone). */
function drawnModules(value: string, level: FastpassErrorCorrectionLevel): number {
  const markup = renderToStaticMarkup(<QRCodeSVG value={value} level={level} marginSize={0} />);
  return Number(/viewBox="0 0 (\d+) \1"/.exec(markup)?.[1]);
}

/** Whether qrcode.react draws `value` at `level` at all (it throws on a string too long for version 40). */
function fits(value: string, level: FastpassErrorCorrectionLevel): boolean {
  try {
    drawnModules(value, level);
    return true;
  } catch {
    return false;
  }
}

// The capacity tables are the same for every mode: byte mode checks them at every level, numeric and alphanumeric
// modes their own bit counts and count fields at one level each, one where a count field a bit too narrow or too wide
// moves a boundary (M and L; at H no alphanumeric boundary would move). The property below covers multibyte UTF-8.
const BOUNDARIES = [
  ['byte', 'k', LEVELS],
  ['numeric', '7', ['M']],
  ['alphanumeric', 'K', ['L']],
] as const;

describe('qrModuleCount', () => {
  it('should give the realistic answer 81 modules at level L and 93 at M (what the docs say)', () => {
    expect(qrModuleCount(REALISTIC_PAYLOAD, 'L')).toBe(81);
    expect(qrModuleCount(REALISTIC_PAYLOAD, 'M')).toBe(93);
    expect(drawnModules(REALISTIC_PAYLOAD, 'L')).toBe(81);
  });

  // The count changes only where a version fills up. Every such length, and the one before it, at every level and in
  // every mode, compared with qrcode.react: if both agree on every step (and grow with the length), they agree on every
  // length in between.
  describe.each(BOUNDARIES)('in %s mode', (_, unit, levels) => {
    it.each(levels)('should agree with qrcode.react on both sides of every version boundary at level %s', (level) => {
      const checked: { length: number; ours: number; theirs: number }[] = [];
      let previous = qrModuleCount('', level);
      // Version 40 holds at most 7,089 characters (numeric at L): past that, a count that stopped growing is a failure.
      for (let length = 1; length <= 8_000; length += 1) {
        const value = unit.repeat(length);
        const ours = qrModuleCount(value, level);
        if (ours === previous) continue;
        for (const at of [length - 1, length]) checked.push({ length: at, ours: qrModuleCount(unit.repeat(at), level), theirs: drawnModules(unit.repeat(at), level) });
        previous = ours;
        if (ours === 177) break;
      }
      expect(checked.filter(({ ours, theirs }) => ours !== theirs)).toEqual([]);
      // Version 1 to 40: 39 steps, each side checked.
      expect(new Set(checked.map(({ ours }) => ours)).size).toBe(40);
      // qrcode.react draws some 80 codes up to version 40 here: seconds on a busy machine, beyond Vitest's default 5 s.
    }, 120_000);
  });

  it('should agree with qrcode.react for any string: mixed scripts, JSON, digits and capitals, at every level', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 900 }),
      fc.string({ unit: 'binary', maxLength: 700 }),
      fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 3000 }),
      fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'), maxLength: 2000 }),
      fc.json({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...LEVELS), (value, level) => {
        if (!fits(value, level)) return;
        expect({ value, level, modules: qrModuleCount(value, level) }).toEqual({ value, level, modules: drawnModules(value, level) });
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
