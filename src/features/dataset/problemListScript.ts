// The list of a file's problems as a script of its own, loaded when a page first has one to show (loadProblemList.ts).
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { ProblemList } from './ProblemList.tsx';

(globalThis as unknown as Record<string, unknown>)[ON_DEMAND_GLOBALS.problemList] = { ProblemList };
