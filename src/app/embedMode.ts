/** True when the page runs as an embed (?embed=1); read once, it does not change while the page lives. */
export const IS_EMBED = typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('embed') === '1';
