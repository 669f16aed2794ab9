import { Suspense, type ComponentProps } from 'react';
import { LazyOpenFileNotice, loadedOpenFileParts } from './loadOpenFileParts.ts';

/**
 * The opened file's notice: as such once its script has run (useOpenFile waits for it before it
 * shows a file), so that it comes with the file's view and takes focus in the same commit; else
 * lazily. A Suspense fallback is shown for 300 ms at least, and focus, whose view went, was on
 * <body> meanwhile.
 */
export function OpenFileNoticePart(props: ComponentProps<typeof LazyOpenFileNotice>) {
  const loaded = loadedOpenFileParts();
  if (loaded) return <loaded.OpenFileNotice {...props} />;
  return (
    <Suspense fallback={null}>
      <LazyOpenFileNotice {...props} />
    </Suspense>
  );
}
