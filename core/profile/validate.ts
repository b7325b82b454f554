import validateProfileSchema from '../generated/validate-profile.js';
import { fail, issue, ok, type Issue, type Result } from '../result.ts';
import { isKnownZone } from '../time.ts';
import { compileDateFormat } from '../normalize/date-format.ts';
import { ISO_FORMAT } from '../normalize/iso-date.ts';
import type { Profile } from './types.ts';
import type { ValidatorErrors } from './validator-errors.ts';

/**
 * Check a profile: the bundled JSON Schema first (compiled ahead of time, no eval), then what a
 * schema cannot say — the time zone exists, every pattern compiles, control checks name real figures.
 *
 * @example validateProfile(JSON.parse(text)) // { ok: true, value: profile } or { ok: false, issues }
 */
export function validateProfile(data: unknown, file?: string): Result<Profile> {
  const where = file === undefined ? {} : { file };
  if (!validateProfileSchema(data)) {
    const errors = validateProfileSchema.errors ?? [];
    return fail(...errors.map((error) => schemaIssue(error, where)));
  }
  const profile = data as Profile;
  const issues: Issue[] = [];
  const problem = (path: string, message: string) => issues.push(issue('profile_invalid', message, { ...where, path }));
  if (!profile.detect.headerIncludes && !profile.detect.patterns)
    problem('/detect', 'detect needs headerIncludes or patterns');
  if (!isKnownZone(profile.timeZone)) problem('/timeZone', `time zone "${profile.timeZone}" is unknown`);
  for (const [path, pattern] of patterns(profile)) {
    try {
      new RegExp(pattern);
    } catch {
      problem(path, `pattern ${pattern} is not a valid regular expression`);
    }
  }
  for (const [path, format] of dateFormats(profile)) {
    if (format === ISO_FORMAT) continue;
    if (!/yy/.test(format) || !/M/.test(format) || !/d/.test(format))
      problem(path, `date format "${format}" needs yyyy (or yy), M and d`);
    else compileDateFormat(format);
  }
  if (profile.csv && profile.csv.header.find.length === 0 && !profile.csv.header.names)
    problem('/csv/header', 'a header needs names to find, or names for a file without a header row');
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
  for (const [path, pattern] of amountPatterns(profile)) {
    try {
      if (!/\(\?<amount>/.test(pattern)) problem(path, `pattern ${pattern} has no (?<amount>…) group`);
      else new RegExp(pattern);
    } catch {
      problem(path, `pattern ${pattern} is not a valid regular expression`);
    }
  }
  return issues.length ? fail(...issues) : ok(profile);
}

function schemaIssue(error: ValidatorErrors[number], where: { file?: string }): Issue {
  const extra = error.params?.additionalProperty;
  const path = typeof extra === 'string' ? `${error.instancePath}/${extra}` : error.instancePath;
  const message =
    typeof extra === 'string' ? `"${extra}" is not a profile field here` : (error.message ?? 'is invalid');
  return issue('profile_schema', `${path || '/'}: ${message}`, { ...where, path });
}

function patterns(profile: Profile): [string, string][] {
  const list: [string, string][] = [];
  profile.detect.patterns?.forEach((pattern, index) => list.push([`/detect/patterns/${index}`, pattern]));
  profile.metadata?.forEach((rule, index) => list.push([`/metadata/${index}/pattern`, rule.pattern]));
  profile.controls?.figures.forEach((figure, index) => {
    if ('line' in figure) list.push([`/controls/figures/${index}/line`, figure.line]);
  });
  return list;
}

function amountPatterns(profile: Profile): [string, string][] {
  const list: [string, string][] = [];
  const f = profile.fields;
  if (f.amount.extract) list.push(['/fields/amount/extract', f.amount.extract]);
  if (f.fee?.extract) list.push(['/fields/fee/extract', f.fee.extract]);
  return list;
}

function dateFormats(profile: Profile): [string, string][] {
  const list: [string, string][] = [];
  for (const field of ['occurred_at', 'booked_on', 'value_on'] as const) {
    const rule = profile.fields[field];
    if (rule) list.push([`/fields/${field}/format`, rule.format]);
  }
  profile.metadata?.forEach((rule, index) => {
    if (rule.date) list.push([`/metadata/${index}/date`, rule.date]);
  });
  return list;
}
