// The detail panel as a script of its own, loaded when a reader first opens an event (app/onDemandParts.ts).
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { DetailPanel } from './DetailPanel.tsx';

(globalThis as unknown as Record<string, unknown>)[ON_DEMAND_GLOBALS.detailPanel] = { DetailPanel };
