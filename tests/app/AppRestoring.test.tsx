import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { writeOpenedFileMark } from '../../src/app/openedFileMark.ts';
import { I18nProvider } from '../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../src/shared/i18n/catalogues/ru.ts';
import { renderAppHere, serveBundledEachTest } from './renderApp.tsx';


/** The page loaded on a history entry whose file was kept in this browser (a reload, or Back to it). */
function renderRestoring(wrap?: (node: ReactNode) => ReactNode) {
  window.history.replaceState(null, '', '/');
  writeOpenedFileMark({ key: 'k1', name: 'letters.csv', before: '' });
  return renderAppHere(wrap);
}

serveBundledEachTest();

describe('App while a reload opens the file this tab had open again', () => {
  // Before, the heading was the app's name ("Correspondence timeline") and the tab kept the title it had.
  it('names the file in its heading, and the tab says it is being opened', () => {
    renderRestoring();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^letters\.csv$/);
    expect(document.title).toBe('Opening letters.csv…');
  });

  it('in the page\'s language', () => {
    renderRestoring((n) => (
      <I18nProvider lang="ru" messages={ru}>
        {n}
      </I18nProvider>
    ));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^letters\.csv$/);
    expect(document.title).toBe('Открывается файл letters.csv…');
  });
});
