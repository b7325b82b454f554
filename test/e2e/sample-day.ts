import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The committed sample day and how a user drops files on the app, shared by the end-to-end specs. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const SAMPLES = ['orders.csv', 'alipay.csv', 'wechat.csv'] as const;

type Expected = { categories: Record<string, { count: number }> };
export const expected = JSON.parse(readFileSync(resolve(ROOT, 'samples/expected.json'), 'utf8')) as Expected;

export type DroppedFile = { name: string; bytes: Buffer };

export const sample = (name: string): DroppedFile => ({ name, bytes: readFileSync(resolve(ROOT, 'samples', name)) });

/** Drop files the way a user's drag does: one DataTransfer with every file, dragenter → dragover → drop. */
export async function dropFiles(page: Page, dropped: readonly DroppedFile[]): Promise<void> {
  const files = dropped.map(({ name, bytes }) => ({ name, base64: bytes.toString('base64') }));
  await page.evaluate((payload) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of payload) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type: 'text/csv' }));
    }
    const target = document.querySelector('.drop-zone .ant-upload-drag .ant-upload-btn');
    if (!target) throw new Error('no drop zone on the page');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, files);
}
