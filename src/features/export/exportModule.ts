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
import { downloadName } from './download.ts';
import { excelSeparator } from '../../shared/csv/excelSeparator.ts';

export { downloadName, excelSeparator, exportCsvBlob, exportJsonBlob, problemsCsvBlob, repliesLeftOut };

export interface ChartView {
  layout: ChartLayout;
  theme: ChartTheme;
}

/** The visible chart as a standalone SVG document, drawn from the same scene as the screen. */
export function exportSvgText(view: ChartView, meta: ExportMeta): string {
  return sceneToSvg(exportScene(view.layout, view.theme, meta), meta.title);
}

/** The visible chart as a PNG, painted by the screen's own painter at `ratio` times its size. */
export function exportPng(view: ChartView, meta: ExportMeta, ratio = 2): Promise<Blob> {
  const scene = exportScene(view.layout, view.theme, meta);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * ratio);
  canvas.height = Math.round(scene.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('this browser cannot draw images'));
  paintScene(ctx, scene, ratio, new TextCache(), { opaque: true });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export interface ExportModule {
  exportSvgText: typeof exportSvgText;
  exportPng: typeof exportPng;
  exportCsvBlob: typeof exportCsvBlob;
  exportJsonBlob: typeof exportJsonBlob;
  /** How many reply links a CSV or JSON download of some events leaves out, as it must (to events not among them). */
  repliesLeftOut: typeof repliesLeftOut;
  /** A file's problems as a spreadsheet (the problems panel's download). */
  problemsCsvBlob: typeof problemsCsvBlob;
  /** A download's file name from the dataset's title, marked when filtered (its transliteration kept out of the page's first script). */
  downloadName: typeof downloadName;
  /** The separator a CSV download uses: the one Excel splits at in the reader's locale. */
  excelSeparator: typeof excelSeparator;
}

(globalThis as unknown as Record<string, ExportModule>)[ON_DEMAND_GLOBALS.export] = { exportSvgText, exportPng, exportCsvBlob, exportJsonBlob, repliesLeftOut, problemsCsvBlob, downloadName, excelSeparator };
