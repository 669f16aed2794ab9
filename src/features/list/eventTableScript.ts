// The list view as a script of its own, loaded when a reader first opens it (app/onDemandParts.ts).
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { EventTable } from './EventTable.tsx';

(globalThis as unknown as Record<string, unknown>)[ON_DEMAND_GLOBALS.eventTable] = { EventTable };
