/*
 * The loading pipeline's own script. In a Worker it answers one request per message. Loaded as a
 * plain script on the page it exposes the pipelines as a global instead: the one that reads a
 * file by address as it arrives (slicedPipeline.ts), and the ordinary one, for where no worker
 * can start (an opaque-origin sandbox).
 */
import { runPipeline, type PipelineInput, type PipelineMessage } from './pipeline.ts';
import { runSlicedPipeline } from './slicedPipeline.ts';

type Scope = { postMessage: (m: PipelineMessage) => void; onmessage: ((e: MessageEvent<PipelineInput>) => void) | null };

/** What the script gives a page that loads it as a plain script. */
export interface PagePipelines {
  runPipeline: typeof runPipeline;
  runSlicedPipeline: typeof runSlicedPipeline;
}

const g = globalThis as unknown as Scope & { WorkerGlobalScope?: unknown; __correspondenceTimelinePipeline?: PagePipelines };

if (typeof g.WorkerGlobalScope !== 'undefined') {
  g.onmessage = (e) => {
    void runPipeline(e.data, (m) => g.postMessage(m));
  };
} else {
  g.__correspondenceTimelinePipeline = { runPipeline, runSlicedPipeline };
}
