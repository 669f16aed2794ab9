// Takes README screenshots of the built app: `npm run build && npm run screenshot`.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { startStaticServer } from '../tests/browser/staticServer.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/env.ts';

const shots: { name: string; query: string; width: number; height: number; theme?: 'dark' }[] = [
  { name: 'timeline', query: '', width: 1280, height: 900 },
  { name: 'timeline-panel', query: '?event=rogozin-posts-replies', width: 1280, height: 900 },
  { name: 'mobile', query: '', width: 390, height: 844 },
  { name: 'embed', query: '?embed=1', width: 400, height: 300 },
  { name: 'dark', query: '?theme=dark', width: 1280, height: 900 },
  { name: 'russian', query: '?lang=ru&event=rogozin-demands-letters', width: 1280, height: 900 },
];

const only = process.argv[2];
const server = await startStaticServer(process.cwd());
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  mkdirSync('docs', { recursive: true });
  for (const s of shots) {
    if (only && s.name !== only) continue;
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
    await page.goto(`${server.url}/${s.query}`);
    await page.waitForSelector('h1');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/${s.name}.png`, fullPage: false });
    console.log(`docs/${s.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
