import { afterEach, describe, expect, it, vi } from 'vitest';

const RealNumberFormat = Intl.NumberFormat;
afterEach(() => {
  Intl.NumberFormat = RealNumberFormat;
  vi.resetModules();
});

describe('formatOf', () => {
  it('makes a catalogue’s formatters once, and English’s only when first used, not as the module loads', async () => {
    let made = 0;
    Intl.NumberFormat = class extends RealNumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made++;
      }
    } as typeof Intl.NumberFormat;
    const { ENGLISH, formatOf } = await import('../../../src/shared/i18n/I18n.tsx');
    const { en } = await import('../../../src/shared/i18n/catalogues/en.ts');
    expect(made).toBe(0);
    const f = ENGLISH.f;
    expect(made).toBeGreaterThan(0);
    const once = made;
    expect(formatOf(en)).toBe(f);
    expect(ENGLISH.f).toBe(f);
    expect(made).toBe(once);
    expect(f.count(100000)).toBe('100,000');
  });
});
