import validateProfileSchema from '../generated/validate-profile.js';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import { isKnownZone } from '../time.ts';
import { ISO_FORMAT } from '../normalize/iso-date.ts';
import type { AmountRule, Profile } from './types.ts';
import { unsafePattern } from './safe-pattern.ts';
import { plainMessage, type ValidatorErrors } from './validator-errors.ts';

/**
 * Check a profile: the bundled JSON Schema first (compiled ahead of time, no eval), then what a
 * schema cannot say — the time zone exists, every pattern compiles, control checks name real figures,
 * every match key is a mapped field.
 *
 * @example validateProfile(JSON.parse(text)) // { ok: true, value: profile } or { ok: false, issues }
 */
export function validateProfile(data: unknown, file?: string): Result<Profile> {
  const where = file === undefined ? {} : { file };
  const keywordIssues = schemaKeywords(data, '').map((path) =>
    issue('profile_schema', `${path}: a profile is data and cannot carry schema keywords ($ref, $schema, $id)`, {
      ...where,
      path,
    }),
  );
  const keywordPaths = new Set(keywordIssues.map((found) => found.path));
  if (!validateProfileSchema(data) || keywordIssues.length > 0) {
    const errors = validateProfileSchema.errors ?? [];
    const schemaIssues = errors.map((error) => schemaIssue(error, where));
    return fail(...keywordIssues, ...schemaIssues.filter((found) => !keywordPaths.has(found.path)));
  }
  const profile = data as Profile;
  const issues: Issue[] = [];
  const problem: Problem = (path, message) => issues.push(issue('profile_invalid', message, { ...where, path }));
  if (!profile.detect.headerIncludes && !profile.detect.patterns)
    problem('/detect', 'detect needs headerIncludes or patterns');
  if (!isKnownZone(profile.timeZone)) problem('/timeZone', `time zone "${profile.timeZone}" is unknown`);
  for (const [path, pattern] of patterns(profile)) checkPattern(path, pattern, problem);
  for (const [path, format] of dateFormats(profile)) checkDateFormat(path, format, problem);
  checkDayMonthOrders(profile, problem);
  if (profile.csv && profile.csv.header.find.length === 0 && !profile.csv.header.names)
    problem('/csv/header', 'a header needs names to find, or names for a file without a header row');
  checkControls(profile, problem);
  (profile.matchKeys ?? []).forEach((key, index) => {
    if (!(key in profile.fields)) problem(`/matchKeys/${index}`, `match key ${key} is not mapped in fields`);
  });
  for (const [path, pattern] of amountPatterns(profile)) {
    if (!/\(\?<amount>/.test(pattern)) checkPattern(path, pattern, problem, 'has no (?<amount>…) group');
    else checkPattern(path, pattern, problem);
  }
  return issues.length ? fail(...issues) : ok(profile);
}

type Problem = (path: string, message: string) => void;

/** A pattern that does not compile; `instead` is what to say when it does (an amount pattern without its group). */
function checkPattern(path: string, pattern: string, problem: Problem, instead?: string): void {
  try {
    new RegExp(pattern);
  } catch {
    return problem(path, `pattern ${pattern} is not a valid regular expression`);
  }
  const unsafe = unsafePattern(pattern);
  if (unsafe !== null) return problem(path, `pattern ${pattern} ${unsafe}; write it without nesting`);
  if (instead !== undefined) problem(path, `pattern ${pattern} ${instead}`);
}

function checkDateFormat(path: string, format: string, problem: Problem): void {
  if (format === ISO_FORMAT) return;
  if (!/yy/.test(format) || !/M/.test(format) || !/d/.test(format))
    problem(path, `date format "${format}" needs yyyy (or yy), M and d`);
  else if (format.includes('Z'))
    problem(
      path,
      `date format "${format}" has a literal Z, which would ignore the offset: use the format ${ISO_FORMAT}`,
    );
}

/** A date rule's layouts all put the day and the month in one order: a list mixing them would guess. */
function checkDayMonthOrders(profile: Profile, problem: Problem): void {
  for (const field of ['occurred_at', 'booked_on', 'value_on'] as const) {
    const rule = profile.fields[field];
    if (!rule?.alsoFormats) continue;
    const orders = new Set(
      [rule.format, ...rule.alsoFormats].filter((format) => format !== ISO_FORMAT).map(dayMonthOrder),
    );
    if (orders.has('day-first') && orders.has('month-first'))
      problem(
        `/fields/${field}/alsoFormats`,
        `date formats ${[rule.format, ...rule.alsoFormats].join(', ')} put the day first in some and the month first in others: a date like 03/04 would be a guess`,
      );
  }
}

/** Whether a layout writes the day before the month (`dd.MM.yyyy`), after it (`MM/dd/yyyy`), or the year first. */
function dayMonthOrder(format: string): 'day-first' | 'month-first' | 'year-first' | 'none' {
  const day = format.indexOf('d');
  const month = format.indexOf('M');
  if (day < 0 || month < 0) return 'none';
  if (/^y/.test(format)) return 'year-first';
  return day < month ? 'day-first' : 'month-first';
}

/** Control checks name figures the profile defines, and the columns their measure reads. */
function checkControls(profile: Profile, problem: Problem): void {
  const figures = new Set(profile.controls?.figures.map((figure) => figure.name));
  profile.controls?.checks.forEach((check, index) => {
    const at = `/controls/checks/${index}`;
    const stated = check.measure === 'count' || check.measure === 'sum';
    if (stated && (check.figure === undefined || !figures.has(check.figure)))
      problem(`${at}/figure`, `figure "${check.figure ?? ''}" is not defined`);
    for (const key of ['opening', 'closing'] as const) {
      const figure = check[key];
      if (figure !== undefined && !figures.has(figure)) problem(`${at}/${key}`, `figure "${figure}" is not defined`);
    }
    if (!stated && !check.column) problem(`${at}/column`, `${check.measure} needs a column`);
    if (check.measure === 'balanced' && !check.debit) problem(`${at}/debit`, 'balanced needs a debit column');
  });
}

function schemaIssue(error: ValidatorErrors[number], where: { file?: string }): Issue {
  const extra = error.params?.additionalProperty;
  const path = typeof extra === 'string' ? `${error.instancePath}/${pointer(extra)}` : error.instancePath;
  return issue('profile_schema', `${path || '/'}: ${plainMessage(error)}`, { ...where, path: path || '/' });
}

function patterns(profile: Profile): [string, string][] {
  const list: [string, string][] = [];
  profile.detect.patterns?.forEach((pattern, index) => list.push([`/detect/patterns/${index}`, pattern]));
  profile.detect.fileNames?.forEach((pattern, index) => list.push([`/detect/fileNames/${index}`, pattern]));
  profile.metadata?.forEach((rule, index) => list.push([`/metadata/${index}/pattern`, rule.pattern]));
  profile.controls?.figures.forEach((figure, index) => {
    if ('line' in figure) list.push([`/controls/figures/${index}/line`, figure.line]);
  });
  return list;
}

/** The extract pattern of every amount rule: the fields', each row kind's own, each derived record's. */
function amountPatterns(profile: Profile): [string, string][] {
  const rules: [string, AmountRule | undefined][] = [
    ['/fields/amount', profile.fields.amount],
    ['/fields/fee', profile.fields.fee],
  ];
  const kinds = profile.rowKinds;
  if ('fixed' in kinds) rules.push(['/rowKinds/fixed/amount', kinds.fixed.amount]);
  else {
    for (const [value, rule] of Object.entries(kinds.values))
      rules.push([`/rowKinds/values/${pointer(value)}/amount`, rule.amount]);
    rules.push(['/rowKinds/otherwise/amount', kinds.otherwise?.amount]);
  }
  profile.derived?.forEach((rule, index) => rules.push([`/derived/${index}/amount`, rule.amount]));
  return rules.flatMap(([path, rule]): [string, string][] =>
    rule?.extract === undefined ? [] : [[`${path}/extract`, rule.extract]],
  );
}

function dateFormats(profile: Profile): [string, string][] {
  const list: [string, string][] = [];
  for (const field of ['occurred_at', 'booked_on', 'value_on'] as const) {
    const rule = profile.fields[field];
    if (rule) list.push([`/fields/${field}/format`, rule.format]);
    rule?.alsoFormats?.forEach((format, index) => list.push([`/fields/${field}/alsoFormats/${index}`, format]));
  }
  profile.metadata?.forEach((rule, index) => {
    if (rule.date) list.push([`/metadata/${index}/date`, rule.date]);
  });
  return list;
}

/** The paths of `$ref`, `$schema` and `$id` keys anywhere in the data. */
function schemaKeywords(data: unknown, at: string): string[] {
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const path = `${at}/${pointer(key)}`;
    return [...(['$ref', '$schema', '$id'].includes(key) ? [path] : []), ...schemaKeywords(value, path)];
  });
}

/** A key as a JSON Pointer step. */
const pointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
