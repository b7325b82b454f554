import type { XmlValue } from './parse-xml.ts';
import type { XmlScope } from './path.ts';

/** An amount as written, with its currency and mark, and its signed minor units (or why it is not an amount). */
export type ReadAmount = { text: string; currency: string; mark: string; minor: number | string };

export type XmlEntry = {
  node: XmlValue;
  scope: XmlScope;
  line: number;
  amount: ReadAmount | null;
  /** The details a batch entry is split into, each with its own amount; empty when it is one row. */
  split: { scope: XmlScope; line: number; amount: ReadAmount }[];
  /** The entry has several details that do not add up to it, so it stays one row. */
  unsplit: boolean;
};
