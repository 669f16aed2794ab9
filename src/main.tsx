import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App.tsx';
import { applyTheme } from './app/theme.ts';
import { datasetQueryOptions } from './features/dataset/datasetQuery.ts';
import { resolveDataSource } from './features/dataset/datasetSource.ts';
import { readUrlState } from './shared/url/urlState.ts';
import './index.css';

applyTheme();

const queryClient = new QueryClient();
// Start loading the dataset now, while React renders its first frame, not after it.
const source = resolveDataSource(readUrlState(new URLSearchParams(window.location.search)).state.data, window.location.href);
if (source.ok) void queryClient.prefetchQuery(datasetQueryOptions(source.source.url));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
