// The text formats of the status commands: csv cells, iCalendar lines, tables.

import { describe, expect, it } from 'vitest';
import { csvCell, overdueCsv } from '../../src/format/overdue-csv.js';
import { calendarIcs, escapeText, foldLine } from '../../src/format/calendar-ics.js';
import { renderTable } from '../../src/format/cli-table.js';
import { terminalWidth } from '../../src/cli/terminal.js';

describe('csv', () => {
  it('neutralises text that Excel would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('Quá hạn')).toBe('Quá hạn');
    expect(csvCell(-3)).toBe('-3');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    const text = overdueCsv({ asOf: '2026-05-20', items: [], upcoming: [] }, { lang: 'en' });
    expect(text).toBe('\uFEFFKind,Unit,Task,Title,Period,Due,Days overdue,Days left,Status\r\n');
  });
});

describe('iCalendar', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + 'Triển khai ứng dụng định danh điện tử '.repeat(6);
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    folded.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('an all-day event per deadline, DTEND the next day, DTSTAMP from the as-of day', () => {
    const text = calendarIcs(
      { from: '2026-12-01', to: '2026-12-31', events: [{ date: '2026-12-31', dueUnrolled: '2026-12-31', kind: 'task', task: 'III.1', unit: 'so-yt', title: 'Việc; cuối năm, thử', occurrence: null }] },
      { lang: 'vi', asOf: '2026-12-01', planId: 'kh', name: 'Hạn', timeZone: 'Asia/Ho_Chi_Minh', unitName: () => 'Sở Y tế' },
    );
    expect(text).toContain('\r\nUID:kh-III.1-so-yt-2026-12-31@de06\r\nDTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('SUMMARY:[III.1] Việc\\; cuối năm\\, thử – so-yt\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('tables', () => {
  /** Columns a line takes on screen: one per letter with its marks. */
  const columnsOf = (line: string) => [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(line)].length;

  it('pads by letters, not bytes, and wraps a text column at spaces to fit the width', () => {
    const table = renderTable([{ head: 'Mã' }, { head: 'Nội dung', wrap: true }], [['a', 'một hai ba bốn năm sáu']], { color: false, width: 19 });
    expect(table.split('\n')).toEqual([
      '┌────┬────────────┐',
      '│ Mã │ Nội dung   │',
      '├────┼────────────┤',
      '│ a  │ một hai ba │',
      '│    │ bốn năm    │',
      '│    │ sáu        │',
      '└────┴────────────┘',
    ]);
  });

  it('is as wide as its cells when there is room or no width is given', () => {
    const columns = [{ head: 'STT', align: 'right' as const }, { head: 'Nội dung', wrap: true }];
    const rows = [['1', 'một hai ba bốn năm sáu']];
    expect(renderTable(columns, rows, { color: false })).toBe(renderTable(columns, rows, { color: false, width: 200 }));
    expect(renderTable(columns, rows, { color: false }).split('\n')[3]).toBe('│   1 │ một hai ba bốn năm sáu │');
  });

  it('wraps the header of a number column before it narrows a text column', () => {
    const table = renderTable([{ head: 'Nội dung', wrap: true }, { head: 'Số ngày quá hạn', align: 'right' }], [['Báo cáo tháng 6/2026', '172']], { color: false, width: 34 });
    expect(table.split('\n').slice(1, 5)).toEqual([
      '│ Nội dung             │ Số ngày │',
      '│                      │ quá hạn │',
      '├──────────────────────┼─────────┤',
      '│ Báo cáo tháng 6/2026 │     172 │',
    ]);
  });

  it('narrows text columns in proportion to their length', () => {
    const rows = [['Sở Giáo dục và Đào tạo', 'Trên cơ sở các mục tiêu, nhiệm vụ, giải pháp nêu tại Kế hoạch và các nhiệm vụ cụ thể']];
    const table = renderTable([{ head: 'Đơn vị', wrap: true }, { head: 'Nội dung', wrap: true }], rows, { color: false, width: 60 });
    const [unit, title] = table.split('\n')[0]!.slice(1, -1).split('┬').map((rule) => rule.length - 2);
    expect(unit! + title! + 7).toBe(60);
    expect(title! / unit!).toBeGreaterThan(2);
  });

  it('drops the spaces beside the borders before it would cut a word, and never cuts a number', () => {
    const counts = Array.from({ length: 14 }, (_, i) => ({ head: `Cột ${i}`, align: 'right' as const }));
    const table = renderTable(counts, [counts.map((_, i) => String(100 + i))], { color: false, width: 60 });
    const lines = table.split('\n');
    for (const line of lines) expect(columnsOf(line)).toBeLessThanOrEqual(60);
    expect(lines[1]!.startsWith('│Cột│Cột│')).toBe(true);
    expect(lines.at(-2)!.split('│').slice(1, -1).map((cell) => cell.trim())).toEqual(counts.map((_, i) => String(100 + i)));
  });

  it('leaves out an optional column that is empty in every row, and keeps it otherwise', () => {
    const columns = [{ head: 'Mã' }, { head: 'Kỳ', optional: true }];
    expect(renderTable(columns, [['a', '']], { color: false }).split('\n')[1]).toBe('│ Mã │');
    expect(renderTable(columns, [['a', '2026-03']], { color: false }).split('\n')[1]).toBe('│ Mã │ Kỳ      │');
  });

  it('cuts a word longer than its column between letters, never inside a letter', () => {
    const decomposed = 'Nghiệp'.normalize('NFD') + ' vụ';
    const table = renderTable([{ head: 'X', wrap: true }], [[decomposed]], { color: false, width: 6 });
    const cells = table.split('\n').slice(3, -1).map((line) => line.slice(1, -1).trimEnd());
    expect(cells.join('|').normalize('NFC')).toBe('Nghi|ệp|vụ');
  });
});

describe('the width tables fit', () => {
  it('is COLUMNS when set, else the terminal\'s, else 80 when piped', () => {
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth({ isTTY: true, columns: 132 }, {})).toBe(132);
    expect(terminalWidth({ isTTY: false }, {})).toBe(80);
    expect(terminalWidth({ isTTY: true, columns: 0 }, { COLUMNS: 'wide' })).toBe(80);
  });
});
