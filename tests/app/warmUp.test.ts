import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmUp } from '../../src/app/warmUp.ts';
import { catalogue as ru } from '../../src/shared/i18n/catalogues/ru.ts';

describe('warmUp', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('makes nothing while the page script runs, then one step per task: formatters first, then dates, then fonts', async () => {
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const canvas = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    warmUp(ru);
    expect(numbers).not.toHaveBeenCalled();
    await vi.advanceTimersToNextTimerAsync();
    expect(numbers.mock.calls.some(([locale]) => locale === ru.locale.numbers)).toBe(true);
    expect(dates).not.toHaveBeenCalled();
    await vi.advanceTimersToNextTimerAsync();
    expect(dates.mock.calls.some(([locale]) => locale === ru.locale.dates)).toBe(true);
    expect(canvas).not.toHaveBeenCalled();
    await vi.advanceTimersToNextTimerAsync();
    expect(canvas).toHaveBeenCalledWith('2d');
    expect(vi.getTimerCount()).toBe(0);
  });
});
