import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { highlightText } from '../../../src/features/detail/highlightText.tsx';

/** Renders the result in a <p> and returns the paragraph. */
function show(text: string, query: string) {
  const { container } = render(<p>{highlightText(text, query)}</p>);
  return container.querySelector('p')!;
}

const marked = (p: HTMLElement) => [...p.querySelectorAll('mark')].map((m) => m.textContent);

describe('highlightText', () => {
  it('highlights "Rogozin" for the query "ROGOZIN", ignoring case', () => {
    const p = show('Dmitry Rogozin said', 'ROGOZIN');
    expect(marked(p)).toEqual(['Rogozin']);
    expect(p).toHaveTextContent('Dmitry Rogozin said');
  });

  it('highlights Cyrillic "Рогозин" for the query "рогозин"', () => {
    expect(marked(show('Глава Роскосмоса Рогозин', 'рогозин'))).toEqual(['Рогозин']);
  });

  it('highlights "résumé" for the query "resume" and keeps the accents in the output', () => {
    const p = show('Read the résumé, then the Résumé.', 'resume');
    expect(marked(p)).toEqual(['résumé', 'Résumé']);
    expect(p.textContent).toBe('Read the résumé, then the Résumé.');
  });

  it('keeps decomposed accents inside the mark', () => {
    const text = 're\u0301sume\u0301 here';
    const p = show(text, 'résumé');
    expect(marked(p)).toEqual(['re\u0301sume\u0301']);
    expect(p.textContent).toBe(text);
  });

  it('maps matches after astral characters back to the right slice', () => {
    const p = show('🚀 Soyuz 🚀 soyuz', 'SOYUZ');
    expect(marked(p)).toEqual(['Soyuz', 'soyuz']);
    expect(p.textContent).toBe('🚀 Soyuz 🚀 soyuz');
  });

  it('highlights each word of a search for several words, wherever each is, as the search finds them', () => {
    expect(marked(show('Rogozin posts partners\' replies', 'rogozin  partners'))).toEqual(['Rogozin', 'partners']);
    expect(marked(show('Nelson replies to Rogozin', 'rogozin nelson'))).toEqual(['Nelson', 'Rogozin']);
  });

  it('highlights the words of a search typed with punctuation around them, not the punctuation', () => {
    expect(marked(show('Nelson tells senators', 'Nelson, senators.'))).toEqual(['Nelson', 'senators']);
  });

  it('highlights a straight apostrophe for a typographic one, as the search finds it', () => {
    expect(marked(show("Rogozin's letters", 'Rogozin\u2019s'))).toEqual(["Rogozin's"]);
  });

  it('returns the text unchanged for a blank query or no match', () => {
    expect(highlightText('NASA', '')).toBe('NASA');
    expect(highlightText('NASA', '   ')).toBe('NASA');
    expect(highlightText('NASA', 'ESA ')).toBe('NASA');
  });
});
