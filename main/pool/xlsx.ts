import type { WorkbookSheet } from '../roadmap/workbook';

/** Sheets written as one .xlsx (write-excel-file, loaded when first needed), as base64 for a download. */
export async function xlsxBase64(sheets: WorkbookSheet[]): Promise<string> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const buffer = await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0], {
    fontFamily: 'Calibri',
    fontSize: 11,
  }).toBuffer();
  return buffer.toString('base64');
}
