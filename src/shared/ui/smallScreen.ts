/**
 * A phone, upright or held sideways (under 40 rem wide, or under 30 rem tall): where the notices
 * above the chart start compact (DataWarnings, OpenFileNotice), so that the chart is on the first screen.
 */
const SMALL_SCREEN = 'screen and (max-width: 39.99rem), screen and (max-height: 30rem)';

/** Whether the screen is small now (decided as a notice is first shown, in a useState initialiser). */
export const isSmallScreen = (): boolean => window.matchMedia?.(SMALL_SCREEN).matches ?? false;
