import type { XmlEvents } from './xml-tokens.ts';

/** A parsed element: child elements by local name (repeated ones as arrays), attributes as `@_name`, text as `#text`. */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

/** An open element while it is read. `kind` and `step` are the subclass's marks (what the element is to it). */
export type XmlFrame = {
  name: string;
  node: XmlNode | null;
  text: string;
  line: number;
  kind: number;
  step: number;
};

/**
 * Builds elements from tokens: an element with neither children nor attributes is its trimmed
 * text (`<Cd>BOOK</Cd>` → `'BOOK'`), others are nodes; a repeated child becomes an array. A
 * subclass marks elements as they open ({@link XmlTree.enter}) and may take an element away
 * from its parent as it closes ({@link XmlTree.leave}), so that a long list never accumulates.
 */
export class XmlTree implements XmlEvents {
  /** The document: its one root element by name. */
  readonly document: XmlNode = {};
  /** Open elements, reused from one element to the next at the same depth. */
  protected readonly frames: XmlFrame[] = [];
  protected depth = 0;

  open(name: string, attributes: Record<string, string> | null, line: number): void {
    let frame = this.frames[this.depth];
    if (frame === undefined) {
      frame = { name, node: attributes, text: '', line, kind: 0, step: 0 };
      this.frames.push(frame);
    } else {
      frame.name = name;
      frame.node = attributes;
      frame.text = '';
      frame.line = line;
      frame.kind = 0;
      frame.step = 0;
    }
    this.depth++;
    this.enter(frame, this.depth > 1 ? (this.frames[this.depth - 2] as XmlFrame) : null);
  }

  text(text: string): void {
    const frame = this.frames[this.depth - 1] as XmlFrame;
    if (frame.text !== '') frame.text += text;
    // Whitespace before any text is trimmed anyway: not kept (between a statement's entries it
    // would pile up, each piece holding on to the text it was cut from).
    else if (!isBlank(text)) frame.text = text;
  }

  close(): void {
    this.depth--;
    const frame = this.frames[this.depth] as XmlFrame;
    const text = frame.text === '' ? '' : this.settle(frame, frame.text.trim());
    let value: XmlValue;
    if (frame.node === null) value = text;
    else {
      if (text !== '') frame.node['#text'] = text;
      value = frame.node;
    }
    frame.node = null;
    frame.text = '';
    if (this.leave(frame, value)) return;
    const parent = this.depth > 0 ? (this.frames[this.depth - 1] as XmlFrame) : null;
    const into = parent === null ? this.document : (parent.node ??= {});
    const existing = into[frame.name];
    if (existing === undefined) into[frame.name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else into[frame.name] = [existing, value];
  }

  /** An element opened under `parent` (null for the root): mark it. */
  protected enter(_frame: XmlFrame, _parent: XmlFrame | null): void {}

  /** The text an element keeps (a subclass may copy what it keeps for long). */
  protected settle(_frame: XmlFrame, text: string): string {
    return text;
  }

  /** An element closes with its value: true takes it away from its parent. */
  protected leave(_frame: XmlFrame, _value: XmlValue): boolean {
    return false;
  }
}

function isBlank(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return false;
  }
  return true;
}
