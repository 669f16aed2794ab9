import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE } from '../../src/features/dataset/pipeline.ts';

describe('the floor page with a worker', () => {
  it('sends the events in batches of the size the app\'s data worker sends', () => {
    const script = readFileSync('bench/floor/handover.js', 'utf8');
    expect(/var BATCH_SIZE = (\d+);/.exec(script)?.[1]).toBe(String(BATCH_SIZE));
  });
});
