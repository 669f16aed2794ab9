import { useCallback, useEffect, useRef, useState } from 'react';
import { DetailPanel } from '../features/detail/DetailPanel.tsx';
import { EventTable } from '../features/list/EventTable.tsx';
import { Timeline, type TimelineHandle } from '../features/timeline/Timeline.tsx';
import type { TimelineModel } from '../shared/model/timelineModel.ts';
import { quoteText } from '../shared/dataset/problem.ts';
import { useLocationSearch } from './useLocationSearch.ts';

type View = 'chart' | 'list';

/** The reader's view of a loaded dataset: chart or list, and the detail panel; selection lives in the URL. */
export function ReaderView({ model, embed = false }: { model: TimelineModel; embed?: boolean }) {
  const [params, navigate] = useLocationSearch();
  const view: View = params.get('view') === 'list' ? 'list' : 'chart';
  const requested = params.get('event');
  const selected = requested !== null ? model.eventsById.get(requested) : undefined;
  const selectedId = selected?.id ?? null;
  const timelineRef = useRef<TimelineHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);
  const [dismissed, setDismissed] = useState<string | null>(null);

  const setParam = useCallback(
    (key: string, value: string | null) => {
      const next = new URLSearchParams(window.location.search);
      if (value === null) next.delete(key);
      else next.set(key, value);
      navigate(next);
    },
    [navigate],
  );

  const open = (id: string) => {
    focusPanel.current = true;
    setParam('event', id);
  };

  // Closing returns focus to the event it was opened from, in the chart or the list.
  const close = () => {
    const id = selectedId;
    setParam('event', null);
    if (!id) return;
    requestAnimationFrame(() => {
      if (view === 'chart') timelineRef.current?.focusEvent(id);
      else document.querySelector<HTMLButtonElement>(`[data-row-id="${CSS.escape(id)}"] button`)?.focus();
    });
  };

  useEffect(() => {
    if (selectedId && focusPanel.current) {
      focusPanel.current = false;
      headingRef.current?.focus();
    }
  }, [selectedId]);

  const linkFor = useCallback((id: string) => {
    const u = new URL(window.location.href);
    u.searchParams.set('event', id);
    return u.href;
  }, []);

  const unknown = requested !== null && !selected && dismissed !== requested ? requested : null;

  return (
    <div className={selected ? 'pb-[55vh] lg:pb-0' : ''}>
      {unknown !== null && (
        <div role="status" className="mb-3 flex flex-wrap items-center justify-between gap-2 rounded-md border border-warn bg-panel p-2 text-sm">
          <p className="break-words" dir="auto">
            No event has the id {JSON.stringify(quoteText(unknown))}; showing the whole timeline.
          </p>
          <button type="button" className="btn btn-small" onClick={() => setDismissed(unknown)}>
            Dismiss
          </button>
        </div>
      )}
      <div className="mb-3 flex flex-wrap items-center gap-2" role="group" aria-label="View">
        <button type="button" className="btn btn-small" aria-pressed={view === 'chart'} onClick={() => setParam('view', null)}>
          Timeline
        </button>
        <button type="button" className="btn btn-small" aria-pressed={view === 'list'} onClick={() => setParam('view', 'list')}>
          List
        </button>
      </div>
      <div className={selected ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-4' : ''}>
        <div className="min-w-0">
          {view === 'chart' ? (
            <Timeline ref={timelineRef} model={model} events={model.events} selectedId={selectedId} onOpen={open} onEscape={close} embed={embed} />
          ) : (
            <EventTable model={model} events={model.events} selectedId={selectedId} onSelect={open} />
          )}
        </div>
        {selected && (
          <div className="panel-host fixed inset-x-0 bottom-0 z-20 max-h-[55vh] overflow-hidden border-t-2 border-line bg-bg shadow-[0_-4px_16px_rgba(0,0,0,0.15)] lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:rounded-md lg:border-2">
            <DetailPanel
              model={model}
              event={selected}
              onSelect={(id) => setParam('event', id)}
              onClose={close}
              linkFor={linkFor}
              headingRef={headingRef}
            />
          </div>
        )}
      </div>
    </div>
  );
}
