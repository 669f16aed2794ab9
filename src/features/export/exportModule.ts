/*
 * Image, spreadsheet and JSON exports, kept out of the page's first script: built as a script of its
 * own and loaded the first time a reader downloads the chart or a CSV (loadExport.ts).
 */
import { ON_DEMAND_GLOBALS } from '../../shared/scripts/onDemandGlobals.ts';
import type { ChartLayout } from '../timeline/layout/chartLayout.ts';
import type { ChartTheme } from '../timeline/render/chartTheme.ts';
import { exportScene, type ExportMeta } from '../timeline/render/exportScene.ts';
import { paintScene, TextCache } from '../timeline/render/paintCanvas.ts';
import { sceneToSvg } from '../timeline/render/sceneSvg.ts';
import { problemsCsvBlob } from '../dataset/problemsCsv.ts';
import { exportJsonBlob, repliesLeftOut } from './exportJson.ts';
import { exportCsvBlob } from './slicedExport.ts';
import { download, downloadName } from './download.ts';
import type { TimelineEvent, TimelineModel } from '../../shared/model/timelineModel.ts';
import { excelSeparator } from '../../shared/csv/excelSeparator.ts';

export { excelSeparator, problemsCsvBlob };

export interface ChartView {
  layout: ChartLayout;
  theme: ChartTheme;
}

/** The visible chart as a standalone SVG document, drawn from the same scene as the screen. */
function exportSvgText(view: ChartView, meta: ExportMeta): string {
  return sceneToSvg(exportScene(view.layout, view.theme, meta), meta.title);
}

/** The visible chart as a PNG, painted by the screen's own painter at `ratio` times its size. */
function exportPng(view: ChartView, meta: ExportMeta, ratio = 2): Promise<Blob> {
  const scene = exportScene(view.layout, view.theme, meta);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * ratio);
  canvas.height = Math.round(scene.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('this browser cannot draw images'));
  paintScene(ctx, scene, ratio, new TextCache(), { opaque: true });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export type ExportFormat = 'csv' | 'json' | 'svg' | 'png';

/** What a download from the Download row needs: the shown events, the chart as drawn, the image's words. */
export interface DownloadRequest {
  model: TimelineModel;
  /** The title the page shows (a Russian page: the dataset's Russian title), which names the file as an image of it says. */
  title: string;
  events: readonly TimelineEvent[];
  /** The page's language when the view is filtered (the file name says so), else null. */
  filteredIn: string | null;
  /** The chart as drawn now; throws when it is not on screen. */
  chart: () => ChartView;
  meta: ExportMeta;
}

/**
 * Makes and downloads one format (the Download row's four buttons); resolves to what the reader
 * should also be told, if anything: a reply to an event the file leaves out would not validate, so
 * the link goes, and the reader is told.
 */
export async function downloadAs(format: ExportFormat, r: DownloadRequest): Promise<string | void> {
  const name = downloadName(r.title, r.filteredIn, format);
  if (format === 'svg' || format === 'png') {
    const view = r.chart();
    download(format === 'svg' ? new Blob([exportSvgText(view, r.meta)], { type: 'image/svg+xml' }) : await exportPng(view, r.meta), name);
    return;
  }
  download(format === 'csv' ? await exportCsvBlob(r.model, r.events, r.filteredIn !== null, excelSeparator(navigator.language)) : await exportJsonBlob(r.model, r.events, r.filteredIn !== null), name);
  const n = repliesLeftOut(r.events);
  return n > 0 ? r.meta.f.plural(r.meta.t.exports.repliesLeftOut, n) : undefined;
}

export interface ExportModule {
  /** One of the Download row's downloads, made and saved. */
  downloadAs: typeof downloadAs;
  /** A file's problems as a spreadsheet (the problems panel's download). */
  problemsCsvBlob: typeof problemsCsvBlob;
  /** The separator a CSV download uses: the one Excel splits at in the reader's locale. */
  excelSeparator: typeof excelSeparator;
}

(globalThis as unknown as Record<string, ExportModule>)[ON_DEMAND_GLOBALS.export] = { downloadAs, problemsCsvBlob, excelSeparator };
