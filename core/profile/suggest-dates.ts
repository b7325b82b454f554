import { warning, type Warning } from '../result.ts';
import { columnValues } from './suggest-table.ts';
import { closerReading } from './suggest-date-span.ts';
import { dateFormatCover, dateShape } from './suggest-shapes.ts';
import type { HeaderRole } from './suggest-synonyms.ts';
import type { DateRule, FieldMap } from './types.ts';

type DateField = 'occurred_at' | 'booked_on' | 'value_on';
type DateFields = Pick<FieldMap, DateField>;

/** Which canonical date each named date column is; a plain "Date" is the booking date of a bank statement. */
const FIELD_OF: Partial<Record<HeaderRole, DateField>> = {
  date_occurred: 'occurred_at',
  date_booked: 'booked_on',
  date_value: 'value_on',
  date: 'booked_on',
};

/** The open question, when the columns leave one: asked, never guessed. */
export type Question = { question: string; answer?: string };

/**
 * The date rules of a table: each date column read with the layout all its values fit, a
 * separate time column joined to the transaction date. Two columns for the same date, or a
 * column whose values fit day-first and month-first alike, are a question.
 */
export function suggestDates(
  header: readonly string[],
  named: readonly (HeaderRole | null)[],
  data: readonly string[][],
): { fields: DateFields; warnings: Warning[] } | Question {
  const fields: DateFields = {};
  const warnings: Warning[] = [];
  const taken = new Map<DateField, string>();
  // `交易时间`, `记账时间` often hold only the time of day beside a date column.
  const roles = named.map((role, index) =>
    role !== null && role.startsWith('date') && timeLayout(columnValues(data, index).filter((v) => v !== '')) !== null
      ? 'time'
      : role,
  );
  for (const [index, role] of roles.entries()) {
    const field = role === null ? undefined : FIELD_OF[role];
    if (field === undefined) continue;
    const name = header[index] ?? '';
    const shape = dateShape(columnValues(data, index));
    const cover = shape === null ? dateFormatCover(columnValues(data, index)) : null;
    if (shape === null && cover !== null) {
      const other = taken.get(field);
      if (other !== undefined)
        return { question: `which of the columns "${other}" and "${name}" is the ${FIELD_WORD[field]}` };
      const [format = '', ...alsoFormats] = cover;
      fields[field] = { column: name, format, ...(alsoFormats.length > 0 ? { alsoFormats } : {}) };
      taken.set(field, name);
      warnings.push(
        warning(
          'suggested_date_formats',
          `The dates of "${name}" are written in ${cover.length} layouts: read as ${cover.join(' or ')}.`,
        ),
      );
      continue;
    }
    if (shape === null) {
      if (role === 'date') continue;
      return { question: `the column "${name}" is named as a date but its values are not dates in one layout` };
    }
    const format =
      'ambiguous' in shape
        ? settleDayMonth(name, columnValues(data, index), shape.ambiguous)
        : { format: shape.format, warning: null };
    if ('question' in format) return format;
    if (format.warning) warnings.push(format.warning);
    const other = taken.get(field);
    if (other !== undefined)
      return { question: `which of the columns "${other}" and "${name}" is the ${FIELD_WORD[field]}` };
    taken.set(field, name);
    fields[field] = { column: name, format: format.format };
  }
  withTime(fields, header, roles, data, warnings);
  return { fields, warnings };
}

/** Day first or month first, settled by how close together the dates lie, or asked. */
function settleDayMonth(
  name: string,
  values: readonly string[],
  formats: [string, string],
): { format: string; warning: Warning | null } | Question {
  const closer = closerReading(values, formats);
  if (closer === null)
    return {
      question: `the dates of "${name}" read both as ${formats[0]} and as ${formats[1]} (day first or month first?)`,
    };
  const other = closer.format === formats[0] ? formats[1] : formats[0];
  const said = warning(
    'suggested_date_order',
    `The dates of "${name}" read both as ${formats[0]} and as ${formats[1]}: they are read as ${closer.format}, which puts them within ${closer.spans[0]} days of each other (${closer.spans[1]} days as ${other}).`,
  );
  return { format: closer.format, warning: said };
}

const FIELD_WORD: Record<DateField, string> = {
  occurred_at: 'transaction date',
  booked_on: 'booking date',
  value_on: 'value date',
};

/** A separate time-of-day column belongs to the transaction date (or the only date there is). */
function withTime(
  fields: DateFields,
  header: readonly string[],
  roles: readonly (HeaderRole | null)[],
  data: readonly string[][],
  warnings: Warning[],
): void {
  const index = roles.indexOf('time');
  if (index < 0) return;
  const target: DateField | undefined = fields.occurred_at ? 'occurred_at' : fields.booked_on ? 'booked_on' : undefined;
  const rule: DateRule | undefined = target === undefined ? undefined : fields[target];
  if (target === undefined || rule === undefined || /H/.test(rule.format)) return;
  const layout = timeLayout(columnValues(data, index));
  const name = header[index] ?? '';
  if (layout === null) {
    warnings.push(
      warning(
        'suggested_time_ignored',
        `The column "${name}" is not read as a time of day: some rows leave it empty or vary in layout.`,
      ),
    );
    return;
  }
  fields[target] = { ...rule, time: name, format: `${rule.format} ${layout}` };
}

/** The layout every value of a time-of-day column fits, or null (an empty value included). */
function timeLayout(times: readonly string[]): string | null {
  if (times.length === 0) return null;
  if (times.every((time) => /^\d\d:\d\d:\d\d$/.test(time))) return 'HH:mm:ss';
  if (times.every((time) => /^\d\d:\d\d$/.test(time))) return 'HH:mm';
  if (times.every((time) => /^\d{6}$/.test(time))) return 'HHmmss';
  return null;
}
