/*
 * The loading pipeline's own script. In a Worker it answers one request per message. Loaded as a
 * plain script on the page (where no worker can start, e.g. an opaque-origin sandbox) it exposes
 * the same pipeline as a global instead.
 */
import { runPipeline, type PipelineInput, type PipelineMessage } from './pipeline.ts';

type Scope = { postMessage: (m: PipelineMessage) => void; onmessage: ((e: MessageEvent<PipelineInput>) => void) | null };

const g = globalThis as unknown as Scope & { WorkerGlobalScope?: unknown; __correspondenceTimelinePipeline?: typeof runPipeline };

if (typeof g.WorkerGlobalScope !== 'undefined') {
  g.onmessage = (e) => {
    void runPipeline(e.data, (m) => g.postMessage(m));
  };
} else {
  g.__correspondenceTimelinePipeline = runPipeline;
}
