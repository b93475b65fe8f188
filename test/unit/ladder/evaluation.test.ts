import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  isTestItem,
  parseLabelled,
  suggestAll,
  type LabelledComment,
} from '../../../lib/ladder/evaluation';
import { RUNGS } from '../../../lib/ladder/rungs';

const DEV_SET = fileURLToPath(new URL('../../../eval/dev-set/', import.meta.url));
const files = readdirSync(DEV_SET).filter((name) => name.endsWith('.jsonl'));
const set = files.flatMap((name) => parseLabelled(readFileSync(path.join(DEV_SET, name), 'utf8'), name));

const item = (id: string, rung: LabelledComment['rung'], text: string): LabelledComment => ({
  id,
  lang: 'en',
  community: 'Test',
  author: 'Ana',
  member: null,
  text,
  rung,
  escalation: null,
  note: '',
});

describe('the development set', () => {
  it('holds at least 600 English and French comments of every rung, each line valid and each id unique', () => {
    expect(set.length).toBeGreaterThanOrEqual(600);
    expect(new Set(set.map((comment) => comment.id)).size).toBe(set.length);
    for (const lang of ['en', 'fr'] as const) {
      const comments = set.filter((comment) => comment.lang === lang);
      for (const rung of RUNGS)
        expect(comments.filter((comment) => comment.rung === rung).length).toBeGreaterThan(20);
    }
  });

  it('keeps about a third of it as a test split, chosen by id and never by content', () => {
    const test = set.filter((comment) => isTestItem(comment.id));
    expect(test.length / set.length).toBeGreaterThan(0.28);
    expect(test.length / set.length).toBeLessThan(0.38);
    expect(isTestItem('en1-001')).toBe(isTestItem('en1-001'));
  });

  it('reports a bad line with its file and line number', () => {
    expect(() => parseLabelled('{"id":"x"}\n', 'bad.jsonl')).toThrow(/bad\.jsonl:1/);
    expect(() => parseLabelled('\nnot json\n', 'bad.jsonl')).toThrow(/bad\.jsonl:2: not JSON/);
  });
});

describe('the evaluation', () => {
  it('computes precision, recall, F1 and the confusion matrix from what was suggested', () => {
    const items = [
      item('a', 'ignore', 'ok'),
      item('b', 'like', 'Love it, thanks!'),
      item('c', 'like', 'ok'),
      item('d', 'delete', 'You are a pathetic idiot'),
    ];
    const result = evaluate(items, suggestAll(items));
    expect(result.confusion.like.ignore).toBe(1);
    expect(result.confusion.like.like).toBe(1);
    expect(result.perRung.ignore).toMatchObject({ precision: 0.5, recall: 1, support: 1 });
    expect(result.perRung.like).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(result.perRung.ignore.f1).toBeCloseTo(2 / 3);
    expect(result.accuracy).toBe(0.75);
    // Rungs absent from both sides score 0 and count in the macro average, as in the eval script.
    expect(result.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1 + 0 + 0) / 5);
  });
});
