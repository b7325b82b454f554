import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeStream } from './decode-stream.ts';

const ALIPAY_TEXT =
  '#支付宝业务明细查询\n支付宝交易号,商户订单号,业务类型,商品名称\n2024031522001635600613101825,SO1,交易,洗衣服务（大件）\n';

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function* whole(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function decodeAll(source: AsyncIterable<Uint8Array>): Promise<{ encoding: string; text: string }> {
  const { guess, chunks } = await decodeStream(source);
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return { encoding: guess.encoding, text };
}

const withBom = (bom: number[], body: Uint8Array): Uint8Array => Uint8Array.from([...bom, ...body]);

const utf16be = (text: string): Uint8Array => {
  const le = iconv.encode(text, 'utf-16le');
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
};

describe('decodeStream', () => {
  it('decodes UTF-8 with and without a BOM, dropping the BOM', async () => {
    const body = new TextEncoder().encode(ALIPAY_TEXT);
    expect(await decodeAll(whole(body))).toEqual({ encoding: 'utf-8', text: ALIPAY_TEXT });
    expect(await decodeAll(whole(withBom([0xef, 0xbb, 0xbf], body)))).toEqual({ encoding: 'utf-8', text: ALIPAY_TEXT });
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM', async () => {
    const le = withBom([0xff, 0xfe], iconv.encode(ALIPAY_TEXT, 'utf-16le'));
    const be = withBom([0xfe, 0xff], utf16be(ALIPAY_TEXT));
    expect(await decodeAll(whole(le))).toEqual({ encoding: 'utf-16le', text: ALIPAY_TEXT });
    expect(await decodeAll(whole(be))).toEqual({ encoding: 'utf-16be', text: ALIPAY_TEXT });
  });

  it('detects GBK without a BOM as gb18030 and decodes it exactly', async () => {
    expect(await decodeAll(whole(iconv.encode(ALIPAY_TEXT, 'gbk')))).toEqual({
      encoding: 'gb18030',
      text: ALIPAY_TEXT,
    });
  });

  it('decodes ASCII as UTF-8', async () => {
    expect(await decodeAll(whole(new TextEncoder().encode('order_no,amount\r\nSO1,1.00\r\n')))).toEqual({
      encoding: 'utf-8',
      text: 'order_no,amount\r\nSO1,1.00\r\n',
    });
  });

  it.each([
    ['utf-8', new TextEncoder().encode(ALIPAY_TEXT)],
    ['gb18030', iconv.encode(ALIPAY_TEXT, 'gbk')],
    ['utf-16le', withBom([0xff, 0xfe], iconv.encode(ALIPAY_TEXT, 'utf-16le'))],
  ])('decodes %s fed one byte at a time exactly (characters split across chunks)', async (encoding, bytes) => {
    expect(await decodeAll(chunksOf(bytes, 1))).toEqual({ encoding, text: ALIPAY_TEXT });
    expect(await decodeAll(chunksOf(bytes, 7))).toEqual({ encoding, text: ALIPAY_TEXT });
  });

  it('decodes an empty file as empty UTF-8 text', async () => {
    expect(await decodeAll(whole(new Uint8Array(0)))).toEqual({ encoding: 'utf-8', text: '' });
  });

  describe('a UTF-8 file with an invalid byte after the 256 KiB sniff window', () => {
    const BAD_AT = 300_000;
    const bytes = new TextEncoder().encode(`${'order_no,amount\n'.repeat(20_000)}交易\n`);
    bytes[BAD_AT] = 0xff;

    const failure = async (source: AsyncIterable<Uint8Array>): Promise<unknown> => {
      try {
        await decodeAll(source);
        return null;
      } catch (error) {
        return error;
      }
    };

    it('fails loudly with a DecodeError instead of producing mojibake', async () => {
      const error = await failure(chunksOf(bytes, 64 * 1024));
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as Error).message).toMatch(/is not valid utf-8/);
    });

    it('names the offset of the bad byte when fed byte by byte', async () => {
      const error = await failure(chunksOf(bytes, 1));
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as Error).message).toBe(`is not valid utf-8 at byte ${BAD_AT}`);
    });

    it.each([
      ['in one piece', () => whole(bytes)],
      ['in 64 KiB chunks', () => chunksOf(bytes, 64 * 1024)],
      ['in 1 MiB chunks (the CLI)', () => chunksOf(bytes, 1 << 20)],
    ])('names the offset of the bad byte when read %s', async (_how, source) => {
      const error = await failure(source());
      expect(error).toBeInstanceOf(DecodeError);
      // "near" may round down a little, but never to the start of a chunk hundreds of KiB away.
      const named = Number(/at byte (\d+)/.exec((error as Error).message)?.[1]);
      expect(named).toBeGreaterThan(BAD_AT - 16);
      expect(named).toBeLessThanOrEqual(BAD_AT);
    });
  });
});

describe('decodeStream refuses containers that are not text', () => {
  it.each([
    ['an .xlsx workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'is a ZIP container'],
    ['a legacy .xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00], 'is a legacy Excel (.xls)'],
    ['a gzip archive', [0x1f, 0x8b, 0x08, 0x00], 'is a gzip archive'],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'is a PDF file'],
  ])('names %s instead of reporting mojibake', async (_, bytes, message) => {
    const failure = await decodeStream(whole(new Uint8Array(bytes))).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DecodeError);
    expect((failure as DecodeError).code).toBe('binary_file');
    expect((failure as DecodeError).message).toContain(message);
  });
});
