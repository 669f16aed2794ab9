// A file's problem list, what to say under a web page's address given as data (a Google Sheet, a TimelineJS embed), the notices about the address's parameters, and an embed's words for a failure whose full message gives advice its readers cannot act on, as a script of its own (loadProblemsScript.ts).
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { DataPageHint } from './DataPageHint.tsx';
import { FailureForReaders } from './FailureForReaders.tsx';
import { ProblemList } from './ProblemList.tsx';
import { UrlNoticeLines } from './UrlNoticeLines.tsx';

export const problemsScript = { ProblemList, DataPageHint, UrlNoticeLines, FailureForReaders };
(globalThis as unknown as Record<string, unknown>)[ON_DEMAND_GLOBALS.problemList] = problemsScript;
