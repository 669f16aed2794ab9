import { useEffect, useState } from 'react';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { carriesFiles } from './fileNames.ts';
import { OpenFileLiveRegion, say } from './OpenFileLiveRegion.tsx';

/**
 * Dropping a file anywhere on the page opens it. While a file is dragged over the page an overlay
 * says what will happen, and the opened-file flow's live region (rendered here, as the page starts)
 * says it to screen readers. Drags of anything else (text, links, the page's own images) are left
 * to the browser.
 */
export function FileDrop({ onFile }: { onFile: (file: File, othersDropped: number) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: the drag is over the page while more have entered than left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overPage = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      // Without this the browser would not allow a drop, and would open the file itself.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = e.dataTransfer?.files;
      const file = files?.[0];
      if (file) onFile(file, files.length - 1);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overPage);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);
  useEffect(() => {
    if (!over) return;
    say(t.openFile.dragging);
    return () => say('');
  }, [over, t]);
  return (
    <>
      <OpenFileLiveRegion />
      {over && (
        <div aria-hidden="true" data-testid="drop-overlay" className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-bg/85 p-6">
          <div className="max-w-md rounded-lg border-4 border-dashed border-accent bg-panel p-8 text-center">
            <p className="text-xl font-semibold">{t.openFile.dropHere}</p>
            <p className="mt-2 text-sm text-muted">{t.openFile.dropDetail}</p>
          </div>
        </div>
      )}
    </>
  );
}
