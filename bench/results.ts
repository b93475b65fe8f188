/** One benchmark figure as `bench/results.json` stores it; names are stable across runs. */
export interface BenchResult {
  name: string;
  unit: 'ms' | 'KB' | 'MB' | '%';
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Upper bound the figure must stay under (DESIGN section 7). */
  target: number;
  /** Page scenarios: the same figure for the page without the extension, when it has one. */
  baselineMedian?: number;
  /** Page scenarios: median with the extension / median without. */
  ratio?: number;
  /** What the figure measures, in a few words. */
  description: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number): number => Math.round(value * 100) / 100;

export function summarise(
  name: string,
  unit: BenchResult['unit'],
  target: number,
  description: string,
  samples: readonly number[],
  baseline?: readonly number[],
): BenchResult {
  if (samples.length === 0) throw new Error(`${name}: no samples`);
  const result: BenchResult = {
    name,
    unit,
    median: round(median(samples)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    runs: samples.length,
    target,
    description,
  };
  if (baseline?.length) {
    result.baselineMedian = round(median(baseline));
    result.ratio = result.baselineMedian > 0 ? round(median(samples) / median(baseline)) : undefined;
    if (result.ratio === undefined) delete result.ratio;
  }
  return result;
}

const pad = (text: string, width: number) => text.padEnd(width);

export function formatTable(results: readonly BenchResult[]): string {
  const header = ['scenario', 'median', 'min–max', 'runs', 'target', 'baseline', 'verdict'];
  const rows = results.map((result) => [
    result.name,
    `${result.median} ${result.unit}`,
    `${result.min}–${result.max}`,
    String(result.runs),
    `< ${result.target} ${result.unit}`,
    result.baselineMedian === undefined
      ? ''
      : `${result.baselineMedian} ${result.unit}${result.ratio === undefined ? '' : ` (×${result.ratio})`}`,
    result.median < result.target ? 'ok' : 'OVER',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  return [header, ...rows]
    .map((row) => row.map((cell, column) => pad(cell, widths[column]!)).join('  '))
    .join('\n');
}
