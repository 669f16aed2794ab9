import { warmFonts } from '../features/timeline/render/paintCanvas.ts';
import { readChartTheme } from '../features/timeline/render/chartTheme.ts';
import { CHART_FONTS } from '../features/timeline/render/scene.ts';
import { warmDateFormats } from '../shared/dates/formatEventDate.ts';
import type { Messages } from '../shared/i18n/catalogues/en.ts';
import { formatOf } from '../shared/i18n/I18n.tsx';

/**
 * Starts, one task per step, the work a first view needs whatever the dataset holds: ICU and the
 * interface's formatters (20-30 ms here for the first Intl object), the date formatters of the axis
 * and the marks, and the canvas's first text in each of the chart's fonts. Called as the page's
 * script has run, it uses the time the dataset is on its way, when the main thread mostly waits;
 * otherwise each step would lengthen one of the first view's tasks, which the benchmark saw reach
 * 103-113 ms on a browser's first loads.
 */
export function warmUp(messages: Messages): void {
  const steps = [
    () => formatOf(messages),
    () => warmDateFormats(formatOf(messages).dates),
    () => warmFonts(Object.values(CHART_FONTS), readChartTheme().fontFamily, `${messages.app.name} 0123456789`),
  ];
  const next = () => {
    steps.shift()?.();
    if (steps.length) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
