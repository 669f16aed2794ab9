import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useOneTaskAtATime } from '../../shared/hooks/useOneTaskAtATime.ts';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { enOpenFileTexts } from '../../shared/i18n/openFileTexts.ts';
import type { InputFormat } from '../../shared/import/conversion.ts';
import type { TimelineModel } from '../../shared/model/timelineModel.ts';
import { isSmallScreen } from '../../shared/ui/smallScreen.ts';
import { download } from '../export/download.ts';
import { exportJsonBlob } from '../export/exportJson.ts';
import { datasetFileName } from './fileNames.ts';
import { KEPT_FILE_BYTES, type KeepResult } from './keptFiles.ts';

interface Props {
  name: string;
  /** Files dropped with this one, which were not opened. */
  othersDropped?: number;
  /** Why this browser did not keep it for a reload (keptFiles.ts); known once it has tried. */
  notKept?: Exclude<KeepResult, 'kept'> | undefined;
  /** Takes focus when shown (the page under the reader's focus was replaced); not for the same file read again. */
  takeFocus?: boolean;
  format: InputFormat;
  model: TimelineModel;
  onClose: () => void;
  /** Says a status in the page's live region (OpenFileLiveRegion.tsx), there before this notice: a region shown with its words may not be read. */
  say: (text: string) => void;
}

/**
 * While a file from this computer is shown: where the timeline comes from, that the view cannot be
 * shared as a link, and the two ways on: save it as a dataset (to publish), or close it.
 */
export function OpenFileNotice({ name, othersDropped = 0, notKept, takeFocus = true, format, model, onClose, say }: Props) {
  const { t, f } = useI18n();
  const o = t.openFileTexts ?? enOpenFileTexts;
  const [message, setMessage] = useState('');
  const { busy, run } = useOneTaskAtATime<true>();
  const save = () =>
    run(true, async () => {
      const file = datasetFileName(name, o.datasetFile);
      // A second or more at 100,000 events, in slices: the page says so and stays usable meanwhile.
      setMessage(o.preparing(file));
      try {
        // Every event that passed validation, converted: a format v1 dataset for ?data= and npm run validate.
        download(await exportJsonBlob(model, model.events, false), file);
        setMessage(o.downloaded(file));
      } catch (err) {
        setMessage(o.failed(file, err instanceof Error ? err.message : t.exports.unknownError));
      }
    });
  // The page under the reader's focus was replaced by the file's: the notice naming it takes focus,
  // in the commit that replaced it (a layout effect), so that focus is never on <body> in between.
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => void (takeFocus && ref.current?.focus()), [takeFocus]);
  // What this browser could not keep is said as soon as it is known, which may be as the notice is shown.
  const keepText = notKept && (notKept === 'too-large' ? o.tooLargeToKeep(f.count(KEPT_FILE_BYTES / 1024 / 1024)) : o.cannotKeep);
  useEffect(() => {
    if (!keepText) return;
    say(keepText);
    return () => say('');
  }, [keepText, say]);
  // On a phone, upright or held sideways (decided as the notice is first shown): the file's name, how
  // it was read and Close on a line or two, the advice on sharing and the download behind a toggle,
  // so that the chart is on the first screen (before, 208 to 264 px tall: at 844x390 only the first
  // lane's first row of marks was visible).
  const [compact] = useState(isSmallScreen);
  const [open, setOpen] = useState(false);
  const moreId = useId();
  const named = (
    <p className={compact ? 'flex-[1_1_16rem]' : undefined}>
      {o.fromFile}{' '}
      {/* Whole where it fits (an inline block moves to the next line rather than break at a hyphen), broken anywhere where it does not. */}
      <strong dir="auto" className="inline-block max-w-full wrap-anywhere">
        {name}
      </strong>
      . {o.readAs(o.formats[format])}
    </p>
  );
  const close = (
    <button type="button" className="btn btn-small" onClick={onClose}>
      {o.close}
    </button>
  );
  return (
    <section ref={ref} tabIndex={-1} aria-label={o.noticeLabel} className={`my-2 rounded-md border-2 border-accent bg-panel text-sm ${compact ? 'px-2 py-1' : 'p-3'}`}>
      {compact ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {named}
          <div className="flex shrink-0 items-center gap-2 print:hidden">
            {close}
            <button type="button" className="link-button" aria-expanded={open} aria-controls={moreId} onClick={() => setOpen(!open)}>
              {o.shareOrSave}
            </button>
          </div>
        </div>
      ) : (
        named
      )}
      {othersDropped > 0 && <p className="mt-1 font-medium">{f.plural(o.othersNotOpened, othersDropped)}</p>}
      {/* Said by the page's live region, not again here. */}
      {keepText && <p className="mt-1 font-medium">{keepText}</p>}
      {/* On paper, where the timeline is from; not how to share it, nor the buttons. */}
      <div id={moreId} hidden={compact && !open} className="print:hidden">
        <p className="mt-1 text-muted">{o.notShareable}</p>
        <div className={`flex flex-wrap items-center gap-2 ${compact ? 'my-1' : 'mt-2'}`}>
          <button
            type="button"
            className="btn btn-small btn-primary aria-busy:cursor-progress"
            // Busy, not disabled: the focus stays on the button pressed.
            aria-busy={busy ?? undefined}
            aria-disabled={busy ?? undefined}
            onClick={() => void save()}
          >
            {o.download}
          </button>
          {!compact && close}
          <span className="text-xs text-muted" aria-live="polite">
            {message}
          </span>
        </div>
      </div>
    </section>
  );
}
