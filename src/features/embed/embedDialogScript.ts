// The Embed dialog's form as a script of its own, loaded the first time a reader opens it (loadEmbedDialog.ts).
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import { EmbedDialogBody } from './EmbedDialogBody.tsx';

(globalThis as unknown as Record<string, unknown>)[ON_DEMAND_GLOBALS.embedDialog] = { EmbedDialogBody };
