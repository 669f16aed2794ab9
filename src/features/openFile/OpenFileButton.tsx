import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../shared/i18n/I18n.tsx';
import { ACCEPTED_FILES } from './fileNames.ts';
import { settleOpenFileFocus } from './openFileFocus.ts';

/** "Open a file": a real button that opens the system's file picker (a hidden file input). */
export function OpenFileButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  // Focus asked for while no view showed the button (openFileFocus.ts) comes to it as it is shown.
  useLayoutEffect(settleOpenFileFocus, []);
  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => input.current?.click()} data-open-file-button="">
        {t.openFile.button}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared, so that choosing the same file again (after editing it) opens it again.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
