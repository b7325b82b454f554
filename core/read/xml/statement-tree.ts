import type { XmlLayout } from '../../profile/layouts.ts';
import type { XmlStatement } from './statements.ts';
import { EntryTally } from './tally.ts';
import { XmlTree, type XmlFrame, type XmlNode, type XmlValue } from './tree.ts';

/** What an element is to the layout: on the way to a statement, a message, a statement, an entry, inside an entry. */
const PATH = 1;
const MESSAGE = 2;
const STATEMENT = 3;
const ENTRY = 4;
const IN_ENTRY = 5;

/** An entry as it closes: its element, its statement, the line of its start tag and those of its details. */
export type EntryHandler = (node: XmlValue, statement: XmlStatement, line: number, detailLines: number[]) => void;

/**
 * The statements of an XML document as its elements close, driven by the layout's paths: each
 * entry is handed on as soon as it has been read and is not kept, so the tree holds only the
 * statements' own elements (account, balances, summaries) whatever the number of entries. Each
 * message's statements are listed in document order; `messages` counts the messages found.
 */
export class StatementTree extends XmlTree {
  readonly statements: XmlStatement[] = [];
  /** Each message's tally over the entries of all its statements. */
  readonly messageTallies = new Map<XmlValue, EntryTally>();
  messages = 0;
  /** Per statement path: element names from below the root to the entry. */
  private readonly tracks: string[][];
  private readonly messageDepths: number[];
  private readonly detailSteps: string[];
  /** The layout paths an open element at each depth is still on. */
  private readonly alternatives: number[][] = [];
  private message: XmlNode | null = null;
  private statement: XmlStatement | null = null;
  private detailLines: number[] = [];

  constructor(
    private readonly layout: XmlLayout,
    private readonly onEntry: EntryHandler,
  ) {
    super();
    const entrySteps = layout.entry.split('/');
    this.tracks = layout.statement.map((path) => [...path.split('/'), ...entrySteps]);
    this.messageDepths = layout.statement.map((path) => path.split('/').length - 1);
    this.detailSteps = layout.detail ? layout.detail.path.split('/') : [];
  }

  protected override enter(frame: XmlFrame, parent: XmlFrame | null): void {
    const depth = this.depth - 1;
    if (parent === null) {
      this.alternatives[0] = this.tracks.map((_, index) => index);
      frame.kind = PATH;
      if (this.messageDepths.includes(0)) this.openMessage(frame);
      return;
    }
    if (parent.kind === ENTRY || parent.kind === IN_ENTRY) {
      frame.kind = IN_ENTRY;
      const matched = parent.kind === ENTRY ? 0 : parent.step;
      frame.step = matched >= 0 && this.detailSteps[matched] === frame.name ? matched + 1 : -1;
      if (frame.step === this.detailSteps.length) {
        this.detailLines.push(frame.line);
        frame.step = -1;
      }
      return;
    }
    if (parent.kind === 0) return;
    const on = (this.alternatives[depth - 1] as number[]).filter(
      (index) => (this.tracks[index] as string[])[depth - 1] === frame.name,
    );
    const first = on[0];
    if (first === undefined) return;
    this.alternatives[depth] = on;
    const messageDepth = this.messageDepths[first] as number;
    if (depth === (this.tracks[first] as string[]).length) {
      frame.kind = ENTRY;
      this.detailLines = [];
    } else if (depth === messageDepth + 1) this.openStatement(frame);
    else if (depth === messageDepth) this.openMessage(frame);
    else frame.kind = PATH;
  }

  /**
   * Text kept in the statements for the whole read is copied: a piece cut from the text would
   * hold on to all of the text it was cut from. An entry's text lives only as long as its row.
   */
  protected override settle(frame: XmlFrame, text: string): string {
    return frame.kind === IN_ENTRY || text.length < 16 ? text : (JSON.parse(JSON.stringify(text)) as string);
  }

  protected override leave(frame: XmlFrame, value: XmlValue): boolean {
    if (frame.kind !== ENTRY || this.statement === null) return false;
    this.onEntry(value, this.statement, frame.line, this.detailLines);
    return true;
  }

  private openMessage(frame: XmlFrame): void {
    frame.kind = MESSAGE;
    this.message = frame.node ??= {};
    this.messages++;
  }

  private openStatement(frame: XmlFrame): void {
    frame.kind = STATEMENT;
    const message = this.message ?? {};
    if (!this.messageTallies.has(message)) this.messageTallies.set(message, new EntryTally(this.layout));
    this.statement = { node: (frame.node ??= {}), message, tally: new EntryTally(this.layout) };
    this.statements.push(this.statement);
  }
}
