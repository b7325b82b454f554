/** The error objects of a compiled JSON Schema validator (ajv's ErrorObject, the fields we read). */
export type ValidatorErrors = { instancePath: string; message?: string; params?: Record<string, unknown> }[];
