/**
 * The globals the app's on-demand scripts define when they load (loadClassicScript): kept here so
 * that the page need not import those scripts' code to know where to find it.
 */
export const ON_DEMAND_GLOBALS = {
  export: '__correspondenceTimelineExport',
  detailPanel: '__correspondenceTimelineDetailPanel',
  eventTable: '__correspondenceTimelineEventTable',
  embedDialog: '__correspondenceTimelineEmbedDialog',
  importer: '__correspondenceTimelineImporter',
  openFile: '__correspondenceTimelineOpenFile',
  problemList: '__correspondenceTimelineProblemList',
} as const;
