import type { ReportLanguage } from './types.ts';

/** The fixed texts of the Audit sheet and the masking note on the Summary, in both languages. */
export type LedgerLabels = {
  auditSheet: string;
  auditTitle: string;
  entries: string;
  chainHead: string;
  chain: string;
  chainIntact: string;
  chainBroken: (problem: string) => string;
  compareHint: string;
  header: { seq: string; at: string; user: string; action: string; subject: string; detail: string; hash: string };
  masked: string;
};

const EN: LedgerLabels = {
  auditSheet: 'Audit',
  auditTitle: 'Audit trail',
  entries: 'Entries',
  chainHead: 'Chain head',
  chain: 'Chain',
  chainIntact: 'intact',
  chainBroken: (problem) => `changed outside ReconDesk: ${problem}`,
  compareHint:
    'Compare the entries and the chain head with the workspace now (recondesk audit) and with those recorded on each sign-off.',
  header: { seq: '#', at: 'Time', user: 'User', action: 'Action', subject: 'Subject', detail: 'Detail', hash: 'Hash' },
  masked:
    'Personal data masked: names keep their first character, account, card and phone numbers their last 4 digits, e-mail addresses their first character and domain.',
};

const ZH: LedgerLabels = {
  auditSheet: '审计记录',
  auditTitle: '审计记录',
  entries: '条目数',
  chainHead: '链头哈希',
  chain: '哈希链',
  chainIntact: '完整',
  chainBroken: (problem) => `已在 ReconDesk 之外被修改：${problem}`,
  compareHint: '请将条目数和链头哈希与当前工作区（recondesk audit）及每次签核记录的值核对。',
  header: { seq: '序号', at: '时间', user: '用户', action: '操作', subject: '对象', detail: '详情', hash: '哈希' },
  masked: '个人信息已脱敏：姓名保留首字，账号、卡号和电话保留后 4 位，电子邮箱保留首字符和域名。',
};

export const ledgerLabelsFor = (language: ReportLanguage): LedgerLabels => (language === 'zh-CN' ? ZH : EN);
