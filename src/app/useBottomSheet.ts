import { useEffect } from 'react';

/**
 * Below the wide layout the detail panel is a sheet over the page's lower part (ReaderView), and
 * the focus is in it. While it is open, html.sheet-open's scroll padding keeps whatever is scrolled
 * into view above it; and the event selected, however (a tap on a low lane, Next on a chart taller
 * than the space above the sheet, a link to it, Back), is scrolled there; in view already, nothing
 * moves. Tried each frame until its mark or row is drawn (on a link, the chart's first layout).
 * Never in an embed, which has no sheet and must not scroll its host page.
 */
export function useBottomSheet(selectedId: string | null, embed: boolean): void {
  const open = selectedId !== null && !embed;
  useEffect(() => {
    if (!open) return;
    document.documentElement.classList.add('sheet-open');
    return () => document.documentElement.classList.remove('sheet-open');
  }, [open]);

  useEffect(() => {
    if (!selectedId || embed) return;
    let frame = 0;
    let tries = 0;
    const reveal = () => {
      const el = document.querySelector(`[data-event-id="${CSS.escape(selectedId)}"], [data-row-id="${CSS.escape(selectedId)}"]`);
      if (el) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      else if (++tries < 60) frame = requestAnimationFrame(reveal);
    };
    frame = requestAnimationFrame(reveal);
    return () => cancelAnimationFrame(frame);
  }, [selectedId, embed]);
}
