import { describe, expect, it } from 'vitest';
import { checkNoArgs, checkOpenFilesArgs, checkSaveFileArgs, checkSaveWorkspaceArgs } from './payload.ts';

const bytes = new Uint8Array([1, 2, 3]);
const xlsx = { name: 'Excel workbook', extensions: ['xlsx'] };

const messageOf = (checked: { ok: boolean; message?: string }) => (checked.ok ? '' : checked.message);

describe('checkSaveFileArgs', () => {
  it('accepts a well-formed request', () => {
    const checked = checkSaveFileArgs([{ suggestedName: 'reconciliation.xlsx', bytes, filters: [xlsx] }]);
    expect(checked).toEqual({ ok: true, value: [{ suggestedName: 'reconciliation.xlsx', bytes, filters: [xlsx] }] });
  });

  it('refuses a suggested name that is a path', () => {
    for (const suggestedName of ['../../.bashrc', 'C:\\Windows\\evil.dll', '/etc/passwd', '..']) {
      const checked = checkSaveFileArgs([{ suggestedName, bytes, filters: [] }]);
      expect(messageOf(checked)).toBe('request.suggestedName must be a file name, not a path');
    }
  });

  it('refuses bytes that are not a Uint8Array', () => {
    for (const wrong of ['text', [1, 2, 3], { length: 3 }, new ArrayBuffer(3), null]) {
      const checked = checkSaveFileArgs([{ suggestedName: 'a.csv', bytes: wrong, filters: [] }]);
      expect(messageOf(checked)).toBe('request.bytes must be a Uint8Array');
    }
  });

  it('refuses unknown fields, extra arguments and non-objects', () => {
    expect(messageOf(checkSaveFileArgs([{ suggestedName: 'a.csv', bytes, filters: [], path: '/tmp/x' }]))).toBe(
      'request.path is not expected',
    );
    expect(messageOf(checkSaveFileArgs([{ suggestedName: 'a.csv', bytes, filters: [] }, 'extra']))).toBe(
      'saveFile takes 1 argument, got 2',
    );
    expect(messageOf(checkSaveFileArgs(['a.csv']))).toBe('saveFile request must be an object');
    expect(messageOf(checkSaveFileArgs([]))).toBe('saveFile takes 1 argument, got 0');
  });

  it('refuses objects with a foreign prototype', () => {
    const sneaky = Object.assign(Object.create({ polluted: true }) as object, {
      suggestedName: 'a',
      bytes,
      filters: [],
    });
    expect(messageOf(checkSaveFileArgs([sneaky]))).toBe('saveFile request must be an object');
  });

  it('refuses control characters and over-long names', () => {
    expect(messageOf(checkSaveFileArgs([{ suggestedName: 'a\u0000.csv', bytes, filters: [] }]))).toBe(
      'request.suggestedName contains control characters',
    );
    expect(messageOf(checkSaveFileArgs([{ suggestedName: 'a'.repeat(256), bytes, filters: [] }]))).toBe(
      'request.suggestedName is longer than 255 characters',
    );
  });
});

describe('checkOpenFilesArgs', () => {
  it('accepts filters with plain extensions and "*"', () => {
    const filters = [
      { name: 'Statements', extensions: ['csv', 'xlsx', 'xml'] },
      { name: 'All files', extensions: ['*'] },
    ];
    expect(checkOpenFilesArgs([{ filters }])).toEqual({ ok: true, value: [{ filters }] });
  });

  it('names the offending filter entry', () => {
    const checked = checkOpenFilesArgs([{ filters: [xlsx, { name: 'Bad', extensions: ['.csv'] }] }]);
    expect(messageOf(checked)).toBe(
      'request.filters[1].extensions[0] must be a file extension without a dot (letters and digits) or "*"',
    );
  });

  it('refuses too many filters', () => {
    const filters = Array.from({ length: 21 }, () => xlsx);
    expect(messageOf(checkOpenFilesArgs([{ filters }]))).toBe('request.filters has more than 20 entries');
  });

  it('refuses a missing filters array', () => {
    expect(messageOf(checkOpenFilesArgs([{}]))).toBe('request.filters must be an array');
  });
});

describe('checkSaveWorkspaceArgs', () => {
  it('accepts one Uint8Array', () => {
    expect(checkSaveWorkspaceArgs([bytes])).toEqual({ ok: true, value: [bytes] });
  });

  it('refuses anything else', () => {
    expect(messageOf(checkSaveWorkspaceArgs(['SQLite format 3']))).toBe('bytes must be a Uint8Array');
    expect(messageOf(checkSaveWorkspaceArgs([bytes, bytes]))).toBe('saveWorkspace takes 1 argument, got 2');
  });
});

describe('checkNoArgs', () => {
  it('accepts no arguments and refuses any', () => {
    expect(checkNoArgs([])).toEqual({ ok: true, value: [] });
    expect(messageOf(checkNoArgs([{}]))).toBe('this call takes 0 arguments, got 1');
  });
});
