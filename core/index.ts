/**
 * ReconDesk engine: the one public entry of core. Pure TypeScript — no DOM, Node or Electron;
 * hosts pass in what differs (bytes, the sql.js module, a clock, progress callbacks).
 */
export { createHandlers, type EngineOptions } from './rpc/handlers.ts';
export type {
  AuditReport,
  ConvertFormat,
  DetectResult,
  Detection,
  EngineApi,
  EngineHandlers,
  EngineMethod,
  FindingsPage,
  FindingsQuery,
  FindingSortColumn,
  FindingsTotals,
  HandlerContext,
  ProfileInfo,
  ProfileReference,
} from './rpc/contract.ts';
export { serve } from './rpc/serve.ts';
export { readFile, type ReadOptions } from './import/read-file.ts';
export type { ReadEvent } from './import/read-events.ts';
export { isOverlapIssue, type Overlap, type OverlapIssue, type OverlapPolicy } from './import/overlap-issue.ts';
export type { ReadTotals } from './import/types.ts';
export {
  bytesSource,
  type ByteSource,
  type ControlCheck,
  type ImportSummary,
  type Progress,
  type RowIssue,
} from './import/types.ts';
export type { CanonicalRecord, Kind, Side, Status } from './canonical/record.ts';
export {
  CATEGORIES,
  CATEGORY_CODES,
  EXCEPTION_CODES,
  FEE_MISMATCH,
  type CategoryCode,
  type CategoryInfo,
  type Severity,
} from './match/categories.ts';
export { DEFAULT_CROSS_DAY_EXPIRY_DAYS, DEFAULT_RUN_PARAMETERS } from './match/types.ts';
export { formatTolerance, parseTolerance, toleranceFor, type Tolerance } from './match/tolerance.ts';
export {
  parameterText,
  readRunParameters,
  withRemembered,
  type ParameterField,
  type ParameterProblem,
  type ParameterText,
} from './match/parameter-input.ts';
export { formatAmounts, type Completeness, type FileCompleteness, type RecordTotals } from './match/completeness.ts';
export { OUTCOME_CODES, OUT_OF_SCOPE_CODES, type OutcomeCode, type OutOfScopeCode } from './match/outcomes.ts';
export type { CategoryTotals, FeeFinding, FeeTotals, Finding, RunParameters, RunSummary } from './match/types.ts';
export { settle, expectedPayout, type SettleInput, type SettleResult } from './settle/settle.ts';
export { DEFAULT_BANK_CHARGE_RULE, isBankCharge, type BankChargeRule } from './settle/bank-charge.ts';
export {
  BANK_OUTCOME_CODES,
  PAYOUT_STATUSES,
  type BankEntry,
  type BankFinding,
  type BankOutcomeCode,
  type ChannelBill,
  type PayoutFinding,
  type PayoutStatus,
  type Settlement,
} from './settle/types.ts';
export { formatMinor, parseMinor, parseRatePpm, feeAtRate, type AmountFormat } from './money.ts';
export { currencyExponent } from './currency.ts';
export { validateProfile } from './profile/validate.ts';
export { builtinProfiles } from './profile/builtin.ts';
export { loadExcelJS } from './exceljs.ts';
export { ENCODINGS, encodingNamed, type Encoding } from './decode/encoding.ts';
export type { Profile } from './profile/types.ts';
export { issue, warning, type Issue, type Result, type Warning } from './result.ts';
export {
  generationName,
  generationNumber,
  generationsOf,
  KEPT_GENERATIONS,
  orphanedTemps,
  planRotation,
  setAsideName,
  tempName,
  type Generation,
  type RotationPlan,
  type RotationStep,
} from './store/generations.ts';
export { checkSqliteHeader, verifyWorkspace, type WorkspaceFacts } from './store/verify-workspace.ts';
export {
  canonicalJson,
  contentHash,
  draftOf,
  editVersion,
  publishVersion,
  versionLabel,
  type ProfileOrigin,
  type ProfileStatus,
  type ProfileVersion,
  type VersionMeta,
} from './profile/versions.ts';
export { addVersion, createLibrary, findVersion, type ProfileLibrary } from './profile/library.ts';
export { parseProfileFile, profileFileText } from './profile/profile-file.ts';
export { sameReading, type FileDiff, type FieldChange } from './profile/profile-diff.ts';
export type { ProfilePreview } from './profile/profile-test.ts';
export {
  appendAudit,
  auditEntries,
  chainHead,
  type AuditAction,
  type AuditEntry,
  type AuditInput,
  type ChainHead,
} from './ledger/audit.ts';
export { chainSentence, verifyAuditChain, type ChainVerdict } from './ledger/audit-chain.ts';
export { assertPeriodOpen, lockedPeriods } from './ledger/period-lock.ts';
export type { Period, PeriodSignoff, SignoffStatus } from './ledger/signoff-state.ts';
export type { Actor, ReviewDecision } from './ledger/signoff.ts';
export { INVERSE_OPERATIONS, type InverseOperation } from './ledger/undo.ts';
export { maskPersonal, personalKind, type PersonalKind } from './report/mask.ts';
