// A file's problem list, and what to say under a Google Sheets page that failed to load, as a script of its own (loadProblemsScript.ts).
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { GoogleSheetsHint } from './GoogleSheetsHint.tsx';
import { ProblemList } from './ProblemList.tsx';

export const problemsScript = { ProblemList, GoogleSheetsHint };
(globalThis as unknown as Record<string, unknown>)[ON_DEMAND_GLOBALS.problemList] = problemsScript;
