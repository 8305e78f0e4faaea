import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where Chrome, Chromium and Edge are usually installed, by platform. */
function systemBrowsers(): string[] {
  if (process.platform === 'darwin') {
    return [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ].flatMap((app) => [join('/Applications', app), join(process.env.HOME ?? '', 'Applications', app)]);
  }
  if (process.platform === 'win32') {
    const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Google/Chrome/Application/chrome.exe'),
      join(r, 'Chromium/Application/chrome.exe'),
      join(r, 'Microsoft/Edge/Application/msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

export interface FoundBrowser {
  path: string;
  from: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  args: string[];
}

let found: Promise<FoundBrowser> | undefined;

/**
 * The browser the tests and the benchmark drive, found without downloading anything: `CHROMIUM_PATH`;
 * else a system Chrome, Chromium or Edge in the usual places; else the Chromium that the
 * `@sparticuz/chromium` package ships inside itself (Linux x64; it unpacks into the temporary folder).
 */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= (async (): Promise<FoundBrowser> => {
    if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, from: 'CHROMIUM_PATH', args: [] };
    const system = systemBrowsers().find((p) => existsSync(p));
    if (system) return { path: system, from: 'system', args: [] };
    try {
      const packaged = (await import('@sparticuz/chromium')).default;
      // Its own flags are for AWS Lambda (one process, web security off): the tests use the same flags for
      // every browser, so a page behaves as it would in a reader's.
      return { path: await packaged.executablePath(), from: '@sparticuz/chromium', args: [] };
    } catch (error) {
      throw new Error(
        `No browser for the browser tests: set CHROMIUM_PATH, install Chrome or Chromium, or run \`npm install\` so that @sparticuz/chromium is there (${(error as Error).message}).`,
      );
    }
  })();
  return found;
}

let said = false;

export async function launch(): Promise<Browser> {
  const browser = await findBrowser();
  if (!said) {
    said = true;
    console.error(`browser: ${browser.path} (${browser.from})`);
  }
  return chromium.launch({
    executablePath: browser.path,
    headless: true,
    // As root in CI there is no sandbox; the rest keeps Chromium off the network it cannot reach.
    args: [
      ...new Set([
        ...browser.args,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ]),
    ],
  });
}
