import { describe, expect, it } from 'vitest';
import { sceneToSvg } from '../../../../src/features/timeline/render/sceneSvg.ts';
import type { Scene } from '../../../../src/features/timeline/render/scene.ts';

const sceneWith = (text: string): Scene => ({
  width: 200,
  height: 100,
  background: '#ffffff',
  fontFamily: 'system-ui',
  prims: [{ k: 'text', x: 10, y: 20, text, font: { size: 12 }, fill: '#000000', anchor: 'start' }],
});

const parseError = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null;

describe('sceneToSvg', () => {
  it('escapes markup in dataset text', () => {
    const svg = sceneToSvg(sceneWith('<script>alert(1)</script> & "x"'), '</title><script>alert(2)</script>');
    expect(parseError(svg)).toBeNull();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('text')?.textContent).toBe('<script>alert(1)</script> & "x"');
  });

  it('writes a file that opens when dataset text holds control characters XML does not allow (NUL, BEL, ESC): before, the downloaded SVG was not an image but a parse error', () => {
    const svg = sceneToSvg(sceneWith('\u0000\u0007\u001b[31m0 Letter\uFFFE'), 'Title \u0001 here');
    expect(parseError(svg)).toBeNull();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('text')?.textContent).toBe('[31m0 Letter');
    expect(doc.querySelector('title')?.textContent).toBe('Title  here');
  });

  it('keeps tabs, line breaks, emoji and right-to-left text as they are', () => {
    const text = 'a\tb 🚀 \u202Eabc\u202C שלום';
    const doc = new DOMParser().parseFromString(sceneToSvg(sceneWith(text), 'T'), 'image/svg+xml');
    expect(doc.querySelector('text')?.textContent).toBe(text);
  });
});
