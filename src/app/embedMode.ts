import { readUrlState } from '../shared/url/urlState.ts';

/** True when the page runs as an embed (?embed=1); read once, it does not change while the page lives. */
export const IS_EMBED = typeof window !== 'undefined' && readUrlState(new URLSearchParams(window.location.search)).state.embed;
