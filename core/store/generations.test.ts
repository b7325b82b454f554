import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generationNumber,
  generationsOf,
  orphanedTemps,
  planRotation,
  setAsideName,
  tempName,
  type RotationStep,
} from './generations.ts';

const TARGET = 'workspace.sqlite';
const TEMP = tempName(TARGET, 'new');

/** A folder as name → content; every step refuses to land on a name that is taken. */
function apply(folder: Map<string, string>, step: RotationStep): void {
  if (step.kind === 'delete') {
    expect(folder.has(step.name), `delete ${step.name}`).toBe(true);
    folder.delete(step.name);
    return;
  }
  expect(folder.has(step.from), `${step.kind} from ${step.from}`).toBe(true);
  expect(folder.has(step.to), `${step.kind} onto ${step.to}`).toBe(false);
  folder.set(step.to, folder.get(step.from) ?? '');
  if (step.kind === 'rename') folder.delete(step.from);
}

/** The save as the host does it: before-steps, the new file renamed over the target, after-steps. */
function save(folder: Map<string, string>, content: string, keep = 3): string[][] {
  const plan = planRotation(TARGET, [...folder.keys()], keep);
  const snapshots: string[][] = [];
  const copies = () => [...folder.entries()].filter(([name]) => name !== TEMP).map(([, c]) => c);
  folder.set(TEMP, content);
  for (const step of plan.before) {
    apply(folder, step);
    snapshots.push(copies());
  }
  folder.set(TARGET, content);
  folder.delete(TEMP);
  for (const step of plan.after) apply(folder, step);
  return snapshots;
}

const generationContents = (folder: Map<string, string>) =>
  generationsOf(TARGET, [...folder.keys()]).map((g) => `${g.generation}:${folder.get(g.name)}`);

describe('planRotation', () => {
  it('keeps the previous file as .1 after the first save over it', () => {
    const folder = new Map([[TARGET, 'v1']]);
    save(folder, 'v2');
    expect(folder.get(TARGET)).toBe('v2');
    expect(generationContents(folder)).toEqual(['1:v1']);
  });

  it('plans nothing to keep when there is no current file (first save, or it was set aside)', () => {
    expect(planRotation(TARGET, ['workspace.sqlite.1', 'workspace.sqlite.2'])).toEqual({ before: [], after: [] });
  });

  it('keeps exactly three copies, newest first, over many saves', () => {
    const folder = new Map([[TARGET, 'v1']]);
    for (let version = 2; version <= 7; version++) save(folder, `v${version}`);
    expect(folder.get(TARGET)).toBe('v7');
    expect(generationContents(folder)).toEqual(['1:v6', '2:v5', '3:v4']);
    expect(folder.size).toBe(4);
  });

  it('deletes the oldest copy only after the new file is in place', () => {
    const plan = planRotation(TARGET, [TARGET, 'workspace.sqlite.1', 'workspace.sqlite.2', 'workspace.sqlite.3']);
    expect(plan.before).toEqual([
      { kind: 'rename', from: 'workspace.sqlite.3', to: 'workspace.sqlite.4' },
      { kind: 'rename', from: 'workspace.sqlite.2', to: 'workspace.sqlite.3' },
      { kind: 'rename', from: 'workspace.sqlite.1', to: 'workspace.sqlite.2' },
      { kind: 'keep-current', from: TARGET, to: 'workspace.sqlite.1' },
    ]);
    expect(plan.after).toEqual([{ kind: 'delete', name: 'workspace.sqlite.4' }]);
  });

  it('closes gaps a crash left and drops copies beyond the kept number', () => {
    const folder = new Map([
      [TARGET, 'v9'],
      ['workspace.sqlite.2', 'v8'],
      ['workspace.sqlite.5', 'v7'],
      ['workspace.sqlite.6', 'v6'],
      ['workspace.sqlite.7', 'v5'],
    ]);
    save(folder, 'v10');
    expect(generationContents(folder)).toEqual(['1:v9', '2:v8', '3:v7']);
  });

  it('refuses to keep fewer than one copy', () => {
    expect(() => planRotation(TARGET, [TARGET], 0)).toThrow(RangeError);
  });

  it('for any folder: no step lands on a taken name, no copy is lost before the new file is in place, N copies kept', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 7 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        (numbers, hasCurrent, keep) => {
          const folder = new Map<string, string>(numbers.map((n) => [`${TARGET}.${n}`, `g${n}`]));
          if (hasCurrent) folder.set(TARGET, 'current');
          folder.set('workspace.sqlite.refused-2026-01-01T00-00-00Z', 'refused');
          const original = [...folder.values()];
          const ordered = [...numbers].sort((a, b) => a - b).map((n) => `g${n}`);
          for (const snapshot of save(folder, 'new', keep)) {
            for (const content of original) expect(snapshot).toContain(content);
          }
          expect(folder.get('workspace.sqlite.refused-2026-01-01T00-00-00Z')).toBe('refused');
          const untouched = [...numbers]
            .sort((a, b) => a - b)
            .filter((n) => n <= keep)
            .map((n) => `g${n}`);
          const expected = hasCurrent ? ['current', ...ordered].slice(0, keep) : untouched;
          const kept = generationsOf(TARGET, [...folder.keys()]).map((g) => folder.get(g.name));
          expect(kept).toEqual(expected);
          if (hasCurrent)
            expect(generationsOf(TARGET, [...folder.keys()]).map((g) => g.generation)).toEqual(
              expected.map((_, i) => i + 1),
            );
        },
      ),
    );
  });
});

describe('names', () => {
  it('reads generation numbers only from plain numeric suffixes', () => {
    expect(generationNumber(TARGET, 'workspace.sqlite.3')).toBe(3);
    expect(generationNumber(TARGET, 'workspace.sqlite.03')).toBeNull();
    expect(generationNumber(TARGET, 'workspace.sqlite.bak')).toBeNull();
    expect(generationNumber(TARGET, 'workspace.sqlite.refused-2026-12-06T22-31-05Z')).toBeNull();
    expect(generationNumber(TARGET, 'other.sqlite.1')).toBeNull();
  });

  it('sets a refused file aside under a timestamped name that is never taken', () => {
    const at = new Date('2026-12-06T22:31:05.123Z');
    expect(setAsideName(TARGET, at, [])).toBe('workspace.sqlite.refused-2026-12-06T22-31-05Z');
    expect(
      setAsideName(TARGET, at, [
        'workspace.sqlite.refused-2026-12-06T22-31-05Z',
        'workspace.sqlite.refused-2026-12-06T22-31-05Z-2',
      ]),
    ).toBe('workspace.sqlite.refused-2026-12-06T22-31-05Z-3');
  });

  it('finds the temp files killed saves left, and nothing else', () => {
    const names = [
      TARGET,
      'workspace.sqlite.1',
      tempName(TARGET, '4242-a1b2c3'),
      '.workspace.sqlite.99.tmp',
      '.other.sqlite.1.tmp',
      'workspace.sqlite.tmp',
    ];
    expect(orphanedTemps(TARGET, names)).toEqual(['.workspace.sqlite.4242-a1b2c3.tmp', '.workspace.sqlite.99.tmp']);
  });
});
