import { useState } from 'react';
import { formatEventDate } from '../../shared/dates/formatEventDate.ts';
import { KIND_LABELS, senderToRecipients, type TimelineEvent, type TimelineModel } from '../../shared/model/timelineModel.ts';

interface Props {
  model: TimelineModel;
  events: readonly TimelineEvent[];
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

const STATUS_TEXT = { confirmed: '', unconfirmed: 'Unconfirmed', disputed: 'Disputed' } as const;

/** The list view: one row per event, in time order, with its date as a reader would say it. */
export function EventTable({ model, events, selectedId, onSelect }: Props) {
  const [order, setOrder] = useState<'ascending' | 'descending'>('ascending');
  const rows = order === 'ascending' ? events : [...events].reverse();
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">Events in chronological order</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-2 pr-3 font-semibold" aria-sort={order}>
            <button
              type="button"
              className="inline-flex min-h-6 items-center gap-1 font-semibold"
              onClick={() => setOrder(order === 'ascending' ? 'descending' : 'ascending')}
            >
              Date <span aria-hidden="true">{order === 'ascending' ? '↑' : '↓'}</span>
              <span className="sr-only">{order === 'ascending' ? '(oldest first; activate for newest first)' : '(newest first; activate for oldest first)'}</span>
            </button>
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">From → to</th>
          <th scope="col" className="py-2 pr-3 font-semibold">Kind</th>
          <th scope="col" className="py-2 font-semibold">Title</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => {
          const status = e.verification ? STATUS_TEXT[e.verification.status] : '';
          const selected = e.id === selectedId;
          return (
            <tr key={e.id} data-row-id={e.id} className={`border-b border-line align-top ${selected ? 'bg-selected' : ''}`} aria-selected={onSelect ? selected : undefined}>
              <td className="py-2 pr-3 whitespace-normal">{formatEventDate(e)}</td>
              <td className="py-2 pr-3" dir="auto">
                {senderToRecipients(model, e)}
              </td>
              <td className="py-2 pr-3">{KIND_LABELS[e.kind]}</td>
              <td className="py-2">
                {onSelect ? (
                  <button type="button" className="link-button text-left" dir="auto" onClick={() => onSelect(e.id)} aria-current={selected ? 'true' : undefined}>
                    {e.title}
                  </button>
                ) : (
                  <span dir="auto">{e.title}</span>
                )}
                {status && <span className="ml-2 rounded border border-line px-1 text-xs text-muted">{status}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
