import { lazy } from 'react';
import detailPanelUrl from '../features/detail/detailPanelScript.ts?worker&url';
import eventTableUrl from '../features/list/eventTableScript.ts?worker&url';
import { loadClassicScript } from '../shared/scripts/loadClassicScript.ts';
import { ON_DEMAND_GLOBALS } from '../shared/scripts/onDemandGlobals.ts';
import type * as DetailPanelModule from '../features/detail/DetailPanel.tsx';
import type * as EventTableModule from '../features/list/EventTable.tsx';

/*
 * Parts of the page the first view does not show, kept out of its script: the detail panel and
 * the list. The build loads each as a script of its own (sharing the page's React); the dev
 * server and tests import them as modules.
 */

const loadDetailPanel = () =>
  import.meta.env.PROD
    ? loadClassicScript<typeof DetailPanelModule>(detailPanelUrl, ON_DEMAND_GLOBALS.detailPanel)
    : import('../features/detail/DetailPanel.tsx');

const loadEventTable = () =>
  import.meta.env.PROD
    ? loadClassicScript<typeof EventTableModule>(eventTableUrl, ON_DEMAND_GLOBALS.eventTable)
    : import('../features/list/EventTable.tsx');

export const LazyDetailPanel = lazy(() => loadDetailPanel().then((m) => ({ default: m.DetailPanel })));
export const LazyEventTable = lazy(() => loadEventTable().then((m) => ({ default: m.EventTable })));

/** Fetches both when the browser is idle after the first view, so that opening one does not wait. */
export function preloadParts(): void {
  const load = () => void Promise.all([loadDetailPanel(), loadEventTable()]).catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
}
