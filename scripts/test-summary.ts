/**
 * Prints one closing line, `N passed, N failed`, over the unit (vitest) and end-to-end
 * (Playwright) JSON reports of the last run. A suite that did not run counts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(path: string): Counts {
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(path: string): Counts {
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const [path, read] of [
  ['test-results/vitest.json', vitestCounts],
  ['test-results/playwright.json', playwrightCounts],
] as const) {
  if (!existsSync(path)) continue;
  const counts = read(path);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
const failedSteps = Number(process.argv[2] ?? 0) > 0 && total.failed === 0 ? 1 : 0;
console.log(`${total.passed} passed, ${total.failed + failedSteps} failed, ${total.skipped} skipped`);
