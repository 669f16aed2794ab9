import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nProvider } from '../../src/shared/i18n/I18n.tsx';
import { catalogue as ru } from '../../src/shared/i18n/catalogues/ru.ts';
import { renderApp, serveBundledEachTest } from './renderApp.tsx';

const spaceRace = readFileSync('tests/fixtures/timelinejs/space-race.csv');

/**
 * The page reloaded on a view of a file this browser did not keep (here it keeps nothing: jsdom has
 * no IndexedDB, as a file over 16 MB is not kept): `search` is the file's view as the address held it.
 */
function reloadOnLostFile(search: string, name: string, size: number, wrap?: (node: ReactNode) => ReactNode) {
  return renderApp(search, { state: { openedFile: { key: 'k1', name, size, before: 'agency=nasa' } }, ...(wrap ? { wrap } : {}) });
}

serveBundledEachTest();

describe('App reloaded on a view of a file too large to keep', () => {
  it('says plainly that the file was too large to keep, naming it and its size, and to open it again', async () => {
    // Before: "was not kept in this browser … only if this browser allows it and it is at most 16 MB", not which.
    reloadOnLostFile('?q=orbit&kind=milestone', 'archive.json', 18_350_080);
    expect(await screen.findByText('The file archive.json (17.5 MB) was too large to keep for a reload: files of at most 16 MB are kept. Open it again to go on reading it, in the view you left.')).toBeInTheDocument();
    // The address's dataset, in its own view from before the file.
    expect(await screen.findByRole('heading', { level: 1, name: /Roscosmos/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?agency=nasa');
  });

  it('gives a size just over the limit in bytes, where megabytes would read as the limit itself', async () => {
    reloadOnLostFile('', 'archive.json', 16 * 1024 * 1024 + 1);
    expect(await screen.findByText(/^The file archive\.json \(16,777,217 bytes\) was too large to keep/)).toBeInTheDocument();
  });

  it('in Russian, its numbers as Russian writes them', async () => {
    reloadOnLostFile('?lang=ru', 'архив.json', 18_350_080, (n) => (
      <I18nProvider lang="ru" messages={ru}>
        {n}
      </I18nProvider>
    ));
    expect(
      await screen.findByText('Файл архив.json (17,5 МБ) слишком велик, чтобы сохранить его для перезагрузки: сохраняются файлы не больше 16 МБ. Откройте его снова, чтобы продолжить чтение, — вид будет таким, каким вы его оставили.'),
    ).toBeInTheDocument();
  });

  it('opened again, the file comes back in the view it had (its search and filters), not a fresh one', async () => {
    reloadOnLostFile('?q=Sputnik&view=list', 'space-race.csv', spaceRace.length);
    await screen.findByText(/^The file space-race\.csv was not kept in this browser/);
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, new NodeFile([spaceRace], 'space-race.csv') as unknown as File);
    expect(await screen.findByRole('heading', { level: 1, name: 'The space race' }, { timeout: 5000 })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('q')).toBe('Sputnik');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('Sputnik');
  });

  it('another file opens on a fresh view', async () => {
    reloadOnLostFile('?q=Sputnik', 'other.csv', spaceRace.length);
    await screen.findByRole('heading', { level: 1, name: /Roscosmos/ });
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, new NodeFile([spaceRace], 'space-race.csv') as unknown as File);
    expect(await screen.findByRole('heading', { level: 1, name: 'The space race' }, { timeout: 5000 })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });
});
