import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../exceljs.ts';
import { FAST_ZIP, plainBytes } from './plain-bytes.ts';

/** A workbook to fill, sheet after sheet, and the bytes of its .xlsx file once it is full. */
export type WorkbookWriter = {
  workbook: ExcelJS.Workbook;
  /** The sheet of this name is complete: a streamed workbook compresses it while the next is written. */
  sheetDone(name: string): void;
  finish(): Promise<Uint8Array>;
};

type StreamingWorkbook = ExcelJS.Workbook & { commit(): Promise<void>; stream: { read(): unknown } };
type StreamingWorkbookClass = new (options: object) => StreamingWorkbook;

/**
 * exceljs's streaming writer where the host has it (Node): it renders each sheet's rows as
 * plain XML and deflates natively, several times faster than rendering the whole in-memory
 * workbook. In the browser, exceljs's build has only the in-memory workbook, written as one buffer.
 * Both fill the same workbook interface, so the sheets are written one way.
 */
export async function openWorkbook(): Promise<WorkbookWriter> {
  const exceljs = await loadExcelJS();
  const Streaming = (exceljs as unknown as { stream?: { xlsx?: { WorkbookWriter?: StreamingWorkbookClass } } }).stream
    ?.xlsx?.WorkbookWriter;
  if (Streaming) {
    const workbook = new Streaming({ useStyles: true, useSharedStrings: true, zip: { zlib: { level: 1 } } });
    return {
      workbook,
      sheetDone: (name) => (workbook.getWorksheet(name) as { commit?: () => void } | undefined)?.commit?.(),
      finish: async () => {
        await workbook.commit();
        return plainBytes(workbook.stream.read());
      },
    };
  }
  const workbook = new exceljs.Workbook();
  return {
    workbook,
    sheetDone: () => {},
    finish: async () => plainBytes(await workbook.xlsx.writeBuffer(FAST_ZIP)),
  };
}
