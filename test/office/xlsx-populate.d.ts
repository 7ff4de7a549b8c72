// The part of xlsx-populate the office tests use: open a workbook, write it encrypted.
declare module 'xlsx-populate' {
  interface Workbook {
    sheet(index: number): { cell(address: string): { value(value: string): unknown } };
    outputAsync(options: { password: string }): Promise<Buffer>;
  }
  const XlsxPopulate: { fromBlankAsync(): Promise<Workbook> };
  export default XlsxPopulate;
}
