import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleCompleteness, sampleInput } from '../../../../core/report/test-input.ts';
import type { RunSummary } from '../../../../core/match/types.ts';
import { en } from '../../i18n/en.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { completenessView } from './completeness-view.ts';

let english: TFunction;
let chinese: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  english = i18n.getFixedT('en');
  chinese = i18n.getFixedT('zh-CN');
});

/** A run whose second file (orders.csv) lost one record of 1,000.00 before any outcome. */
function failingRun(): RunSummary {
  const control = sampleCompleteness();
  const orders = control.files[1]!;
  control.files[1] = { ...orders, assigned: { records: 19, amount_minor: { CNY: 134567 } }, holds: false };
  return { ...sampleInput().summary, completeness: { ...control, holds: false } };
}

describe('the completeness control shown with the result', () => {
  it('holds: every record of every file, with the amount', () => {
    const view = completenessView(sampleInput().summary, english);
    expect(view).toEqual({
      status: 'holds',
      title:
        'Completeness control holds: 30 records imported from 2 files (CNY 3,580.23), 30 in outcomes (CNY 3,580.23): each in exactly one.',
      details: [],
    });
  });

  it('fails: both figures in the verdict and for the file that does not add up, in both languages', () => {
    const view = completenessView(failingRun(), english);
    expect(view.status).toBe('fails');
    expect(view.title).toBe(
      'Completeness control FAILS: the outcomes account for 29 records (CNY 2,580.23) of 30 imported from 2 files (CNY 3,580.23). The result cannot be trusted.',
    );
    expect(view.details).toEqual([
      'orders.csv: 20 rows, 20 imported + 0 rejected; 20 records imported (CNY 2,345.67), 19 in outcomes (CNY 1,345.67)',
    ]);
    expect(completenessView(failingRun(), chinese).title).toBe(
      '完整性校验不符：2 个文件导入 30 条记录（CNY 3,580.23），有结果的只有 29 条（CNY 2,580.23）。本次对账结果不可信。',
    );
  });

  it('says a run without the control must be run again, as a failure', () => {
    const { completeness: _, ...older } = sampleInput().summary;
    expect(completenessView(older, english).status).toBe('missing');
  });
});
