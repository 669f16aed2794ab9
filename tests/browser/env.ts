import { existsSync } from 'node:fs';

export const BROWSER_TEST_PORT = Number(process.env.BROWSER_TEST_PORT ?? 4179);

/**
 * Other origins for the data policy tests, on the next ports (staticServer.ts, startDataOrigin):
 * one over HTTP, and two over HTTPS, the first of which is the allowlist build's only data origin.
 */
export const DATA_ORIGINS = {
  http: `http://127.0.0.1:${BROWSER_TEST_PORT + 1}`,
  https: `https://127.0.0.1:${BROWSER_TEST_PORT + 2}`,
  otherHttps: `https://127.0.0.1:${BROWSER_TEST_PORT + 3}`,
} as const;

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium (sudo apt-get install -y chromium) or set CHROME_PATH.`,
  );
}

/** Flags that keep Chromium quiet on a closed network (see ../shared/stack-notes.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A stray request to any other host fails at once instead of hanging.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  /*
   * Chromium 156 loads its omnibox popup (chrome://omnibox-popup.top-chrome, a WebUI page in a
   * renderer of its own) in every new browser context, even headless: 0.6–1 s of one core's time
   * while the test's page loads. A reader's browser has that popup long loaded when a page opens.
   */
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
