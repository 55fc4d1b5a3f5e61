// The documents' one percentage rule (docs/percentages.md; issue #24 item 3).
import fc from 'fast-check';
import { PercentRule, percentToken, wholePoints, tenthPoints } from '../../src/core/report';

describe('PercentRule', () => {
  test('three counts of one of three: one decimal, the same figure each, never 34 / 33 / 33', () => {
    const rule = new PercentRule();
    rule.partition([1, 1, 1], 3);
    expect([1, 1, 1].map((c) => rule.text(c, 3, 'id'))).toEqual(['33,3%', '33,3%', '33,3%']);
    expect(rule.text(3, 3, 'id')).toBe('100%');
    expect(rule.text(1, 3, 'en')).toBe('33.3%');
  });

  test('a split whose whole numbers add up stays in whole numbers, as the seed shows', () => {
    const rule = new PercentRule();
    rule.partition([2, 0, 0], 2);
    rule.partition([1, 1], 2);
    expect([rule.text(2, 2, 'id'), rule.text(0, 2, 'id'), rule.text(1, 2, 'id')]).toEqual(['100%', '0%', '50%']);
  });

  test('a count above zero never shows 0 %, one below its total never 100 %', () => {
    const rule = new PercentRule();
    expect(rule.text(1, 317, 'id')).toBe('< 1%');
    expect(rule.text(316, 317, 'id')).toBe('> 99%');
    rule.partition([15, 15, 2970], 3000); // 1 + 1 + 99 = 101: one decimal
    expect(rule.text(1, 3000, 'id')).toBe('< 0,1%');
    expect(rule.text(2999, 3000, 'id')).toBe('> 99,9%');
  });

  test('one count of one total is one figure wherever it stands: the decision is per total', () => {
    const rule = new PercentRule();
    rule.partition([2, 4, 24], 30); // 7 + 13 + 80 = 100: whole
    rule.partition([2, 2, 2, 24], 30); // 7·3 + 80 = 101: one decimal for 30 everywhere
    const text = rule.resolve(`a ${percentToken(2, 30)} b ${percentToken(2, 30)}`, 'id');
    expect(text).toBe('a 6,7% b 6,7%');
    expect(rule.decimalsOf(29)).toBe(0);
  });

  test('property: equal counts, equal figures; the bounds hold; rounding is half up', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12), { minLength: 2, maxLength: 6 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const rule = new PercentRule();
        rule.partition(counts, total);
        const shown = counts.map((c) => rule.text(c, total, 'id'));
        counts.forEach((c, i) => {
          counts.forEach((d, j) => {
            if (c === d) expect(shown[i]).toBe(shown[j]);
          });
          if (c > 0) expect(shown[i]).not.toMatch(/^0(,0)?%$/);
          if (c < total) expect(shown[i]).not.toMatch(/^100(,0)?%$/);
        });
        expect(wholePoints(1, 2)).toBe(50);
        expect(wholePoints(1, 8)).toBe(13); // 12.5 rounds up
        expect(tenthPoints(1, 3)).toBe(333);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});
