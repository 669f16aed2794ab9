import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without this, DOM from one test carries over into the next under Vitest.
afterEach(() => {
  cleanup();
});
