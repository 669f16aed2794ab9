import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without this, DOM from one test carries over into the next under Vitest.
afterEach(() => {
  cleanup();
});

// jsdom has no canvas: the chart's painter draws nothing there (and jsdom would log "not implemented").
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// jsdom lays nothing out and has no scrollIntoView: a scroll asked for there does nothing.
Element.prototype.scrollIntoView ??= () => {};
