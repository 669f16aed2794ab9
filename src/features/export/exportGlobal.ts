/** The global the image-export script defines when it loads (kept apart so the page need not import that script). */
export const EXPORT_GLOBAL = '__correspondenceTimelineExport';
