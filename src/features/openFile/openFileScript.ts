// What the page shows about an opened file, as a script of its own, loaded when a reader first opens a file (loadOpenFileParts.ts).
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { OpenFileNotice } from './OpenFileNotice.tsx';
import { OpenFileStatus } from './OpenFileStatus.tsx';
import { findKeptFile, forgetFile, keepFile } from './keptFiles.ts';

(globalThis as unknown as Record<string, unknown>)[ON_DEMAND_GLOBALS.openFile] = { OpenFileNotice, OpenFileStatus, findKeptFile, forgetFile, keepFile };
