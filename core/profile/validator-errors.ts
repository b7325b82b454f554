/** The error objects of a compiled JSON Schema validator (ajv's ErrorObject, the fields we read). */
export type ValidatorErrors = {
  instancePath: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}[];

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object ({…})',
  array: 'a list ([…])',
  null: 'null',
};

/**
 * A validator error as a plain sentence about the value at its path, as an ops engineer reads
 * it ("needs the field "timeZone"", "must be one of: csv, sheet, …"), not the validator's wording.
 */
export function plainMessage(error: ValidatorErrors[number]): string {
  const params = error.params ?? {};
  const limit = String(params.limit ?? '');
  switch (error.keyword) {
    case 'required':
      return `needs the field "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `"${String(params.additionalProperty)}" is not a profile field here`;
    case 'type':
      return `must be ${String(params.type)
        .split(',')
        .map((type) => TYPE_NAMES[type] ?? type)
        .join(' or ')}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[] | undefined)?.map(String).join(', ') ?? '…'}`;
    case 'pattern':
      return `has a form that is not allowed here (it must match ${String(params.pattern)})`;
    case 'minLength':
      return limit === '1' ? 'must not be empty' : `must have at least ${limit} characters`;
    case 'maxLength':
      return `must have at most ${limit} characters`;
    case 'minItems':
      return `must list at least ${limit} item${limit === '1' ? '' : 's'}`;
    case 'maxItems':
      return `must list at most ${limit} items`;
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'minProperties':
      return `must have at least ${limit} entr${limit === '1' ? 'y' : 'ies'}`;
    case 'maxProperties':
      return `must have at most ${limit} entries`;
    case 'oneOf':
      return 'does not fit any of the forms allowed here (see the other errors at this path)';
    default:
      return 'is not valid here';
  }
}
