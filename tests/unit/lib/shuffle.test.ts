import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrangeQuestion, moveItem, seededRandom, shuffled } from '../../../src/lib/quiz/shuffle';
import { questionSchema } from '../../../src/schemas/quiz';

describe('shuffling', () => {
  it('is a permutation, and the same seed gives the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const a = shuffled(items, seededRandom(seed));
        expect([...a].sort()).toEqual([...items].sort());
        expect(shuffled(items, seededRandom(seed))).toEqual(a);
      }),
    );
  });

  it('never starts an order question in the right order', () => {
    const q = questionSchema.parse({
      id: 'o',
      type: 'order',
      step: 1,
      prompt: 'Order',
      why: 'Because.',
      items: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
        { id: 'c', text: 'C' },
      ],
    });
    for (let seed = 0; seed < 200; seed++) {
      const { itemIds } = arrangeQuestion(q, 1, seededRandom(seed));
      expect(itemIds).not.toEqual(['a', 'b', 'c']);
      expect([...itemIds].sort()).toEqual(['a', 'b', 'c']);
    }
  });

  it('keeps options in order on the first attempt and shuffles them on a retry', () => {
    const q = questionSchema.parse({
      id: 's',
      type: 'single',
      step: 1,
      prompt: 'Pick',
      options: ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, text: id, correct: i === 0, why: 'Because.' })),
    });
    expect(arrangeQuestion(q, 1, seededRandom(1)).optionIds).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const retries = new Set(
      Array.from({ length: 20 }, (_, s) => arrangeQuestion(q, 2, seededRandom(s)).optionIds.join('')),
    );
    expect(retries.size).toBeGreaterThan(1);
  });

  it('moves items up and down, and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
