/**
 * Fails the whole browser-test run, loudly, when the Chromium it is configured to use is not
 * there: a missing browser must never look like a passing (or skipped) suite.
 */
import { accessSync, constants } from 'node:fs';

export default function globalSetup(): void {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Browser tests need Chromium at ${path}, and it is not there (or not executable). ` +
        'Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}
