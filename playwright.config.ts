import { defineConfig } from '@playwright/test';

export const DEMO_PORT = 4173;

export default defineConfig({
  testDir: 'test/e2e',
  // Each test starts its own Chromium with the extension; two cores run one at a time best.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/e2e',
  webServer: {
    command: `npx tsx scripts/demo-server.ts --port ${DEMO_PORT}`,
    url: `http://127.0.0.1:${DEMO_PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
