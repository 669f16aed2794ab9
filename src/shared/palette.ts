/** Okabe–Ito: distinguishable under the common colour-vision deficiencies. Lanes and imported actors draw from it. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7A7A7A', '#F0E442'] as const;
