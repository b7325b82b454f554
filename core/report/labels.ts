import { EN } from './labels-en.ts';
import { ZH } from './labels-zh.ts';
import type { Labels } from './label-types.ts';
import type { ReportLanguage } from './types.ts';

export type { HeaderKey, Labels } from './label-types.ts';

export const labelsFor = (language: ReportLanguage): Labels => (language === 'zh-CN' ? ZH : EN);
