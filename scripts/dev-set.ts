import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabelled, type LabelledComment } from '../lib/ladder/evaluation';

export const DEV_SET = fileURLToPath(new URL('../eval/dev-set/', import.meta.url));

/** Every labelled comment of eval/dev-set, file by file in name order. */
export function readDevSet(dir = DEV_SET): LabelledComment[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseLabelled(readFileSync(path.join(dir, name), 'utf8'), name));
}
