// First: it starts loading the dataset while the rest of the modules are evaluated.
import { datasetLoading, queryClient } from './app/startLoading.ts';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App.tsx';
import { applyTheme } from './app/theme.ts';
import { IS_EMBED } from './app/embedMode.ts';
import { listenToHost } from './features/embed/hostInbox.ts';
import { watchVisibleBand } from './features/embed/visibleBand.ts';
import { dataOrWait } from './app/firstRender.ts';
import { LanguageRoot, wantedLanguage } from './app/LanguageRoot.tsx';
import { loadCatalogue } from './shared/i18n/loadCatalogue.ts';
import { warmUp } from './app/warmUp.ts';
import { en } from './shared/i18n/catalogues/en.ts';
import './index.css';

// An embed hears its host page from now on (a selection posted as the frame loads is kept for the
// view), and follows which part of its frame the reader sees.
if (IS_EMBED) {
  listenToHost();
  watchVisibleBand();
}
applyTheme();

// The interface's language: English is in this script; another catalogue loads while the data does.
const lang = wantedLanguage(new URLSearchParams(window.location.search));
document.documentElement.lang = lang;
const root = document.getElementById('root');
const catalogue = loadCatalogue(lang).catch(() => loadCatalogue('en'));
void catalogue.then(warmUp);
// The first render waits briefly for the data (firstRender.ts): no loading state flashes before a quick dataset.
let dataReady = false;
void datasetLoading.then(() => (dataReady = true));
void Promise.all([catalogue, dataOrWait(datasetLoading)]).then(([messages]) => {
  if (!root) return;
  const page = createRoot(root);
  // The loading state is rendered now rather than in a task of React's scheduler, which the
  // loading pipeline's slices (scheduler.yield runs them before ordinary tasks) would hold back
  // until the file is read; a page whose data is in renders in a task of its own as usual.
  const render = dataReady ? (f: () => void) => f() : flushSync;
  render(() =>
    page.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <LanguageRoot initial={{ lang: messages === en ? 'en' : lang, messages }}>
            <App />
          </LanguageRoot>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
});
