import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App.tsx';
import { applyTheme } from './app/theme.ts';
import { dataOrWait } from './app/firstRender.ts';
import { datasetQueryOptions } from './features/dataset/datasetQuery.ts';
import { resolveDataSource } from './features/dataset/datasetSource.ts';
import { readUrlState } from './shared/url/urlState.ts';
import { LanguageRoot, wantedLanguage } from './app/LanguageRoot.tsx';
import { loadCatalogue } from './shared/i18n/loadCatalogue.ts';
import { en } from './shared/i18n/catalogues/en.ts';
import './index.css';

applyTheme();

const queryClient = new QueryClient();
// Start loading the dataset now, before React renders anything. prefetchQuery never rejects.
const source = resolveDataSource(readUrlState(new URLSearchParams(window.location.search)).state.data, window.location.href);
const prefetched = source.ok ? queryClient.prefetchQuery(datasetQueryOptions(source.source.url)) : Promise.resolve();
// The interface's language: English is in this script; another catalogue loads while the data does.
const lang = wantedLanguage(new URLSearchParams(window.location.search));
document.documentElement.lang = lang;
const root = document.getElementById('root');
// The first render waits briefly for the data (firstRender.ts): no loading state flashes before a quick dataset.
void Promise.all([loadCatalogue(lang).catch(() => loadCatalogue('en')), dataOrWait(prefetched)]).then(([messages]) => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LanguageRoot initial={{ lang: messages === en ? 'en' : lang, messages }}>
          <App />
        </LanguageRoot>
      </QueryClientProvider>
    </StrictMode>,
  );
});
