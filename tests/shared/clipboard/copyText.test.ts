import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src/shared/clipboard/copyText.ts';

const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  if (original) Object.defineProperty(navigator, 'clipboard', original);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

const stubClipboard = (value: unknown) => Object.defineProperty(navigator, 'clipboard', { value, configurable: true });

describe('copyText', () => {
  it('writes the text and says it did', async () => {
    const writeText = vi.fn(async () => {});
    stubClipboard({ writeText });
    expect(await copyText('https://timeline.example/?event=a')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://timeline.example/?event=a');
  });

  it('says it could not when the browser refuses', async () => {
    stubClipboard({ writeText: vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))) });
    expect(await copyText('x')).toBe(false);
  });

  it('says it could not when there is no clipboard, or no writeText on it', async () => {
    stubClipboard(undefined);
    expect(await copyText('x')).toBe(false);
    stubClipboard({});
    expect(await copyText('x')).toBe(false);
  });
});
