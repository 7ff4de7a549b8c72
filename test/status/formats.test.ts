// The text formats of the status commands: csv cells, iCalendar lines, tables.

import { describe, expect, it } from 'vitest';
import { csvCell, overdueCsv } from '../../src/format/overdue-csv.js';
import { calendarIcs, escapeText, foldLine } from '../../src/format/calendar-ics.js';
import { renderTable } from '../../src/format/cli-table.js';

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
  it('pads by letters, not bytes, and wraps a fixed-width column at spaces', () => {
    const table = renderTable(['Mã', 'Nội dung'], [['a', 'một hai ba bốn']], false, [null, 8]);
    expect(table.split('\n')).toEqual([
      '┌────┬──────────┐',
      '│ Mã │ Nội dung │',
      '├────┼──────────┤',
      '│ a  │ một hai  │',
      '│    │ ba bốn   │',
      '└────┴──────────┘',
    ]);
  });
});
