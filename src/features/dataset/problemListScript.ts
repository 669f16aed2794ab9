// A file's problem list, what to say under a web page's address given as data (a Google Sheet, a TimelineJS embed), the notices about the address's parameters, and an embed's words for a file refused for what it is, as a script of its own (loadProblemsScript.ts).
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { DataPageHint } from './DataPageHint.tsx';
import { ProblemList } from './ProblemList.tsx';
import { RefusedFileForReaders } from './RefusedFileForReaders.tsx';
import { UrlNoticeLines } from './UrlNoticeLines.tsx';

export const problemsScript = { ProblemList, DataPageHint, UrlNoticeLines, RefusedFileForReaders };
(globalThis as unknown as Record<string, unknown>)[ON_DEMAND_GLOBALS.problemList] = problemsScript;
