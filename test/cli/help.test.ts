// The help screens and the usage errors, as a Vietnamese user meets them: every word commander
// prints is in Vietnamese (headings, "[options]", "<date>", "[paths...]", "help [command]"), an
// invalid choice lists the valid ones, and a mistake points at the help of the command it was made in.

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/plan.js';

const de06 = (args: string[], lang = 'vi') =>
  execa('node', [BIN, ...args], { cwd: REPO, reject: false, env: { DE06_LANG: lang, NO_COLOR: '1' } });

/** The command names a help screen lists under its commands heading. */
function commandsOf(help: string, heading: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) return [];
  return lines.slice(start + 1).filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(' ')[0]!).filter((name) => name !== 'help');
}

/** Every help screen: the program's, each command's, each subcommand's. */
async function helpScreens(lang: string): Promise<Map<string, string>> {
  const heading = lang === 'vi' ? 'Lệnh:' : 'Commands:';
  const screens = new Map([['de06', (await de06(['--help'], lang)).stdout]]);
  for (const name of commandsOf(screens.get('de06')!, heading)) {
    const help = (await de06([name, '--help'], lang)).stdout;
    screens.set(`de06 ${name}`, help);
    for (const sub of commandsOf(help, heading)) screens.set(`de06 ${name} ${sub}`, (await de06([name, sub, '--help'], lang)).stdout);
  }
  return screens;
}

describe('help in Vietnamese', () => {
  it('has no English term or heading on any screen', async () => {
    const screens = await helpScreens('vi');
    expect(screens.size).toBeGreaterThan(10);
    for (const [command, help] of screens) {
      expect(help, command).toMatch(/^Cách dùng: /);
      // <ngày>, [tệp...], [tùy chọn] — a term of plain ASCII letters is English (YYYY-MM is a format)
      const terms = [...help.matchAll(/[<[]([^\]>\s(]+(?: [^\]>\s(]+)*)[>\]]/g)].map((m) => m[1]!.replace(/\.\.\.$/, ''));
      expect(terms.filter((term) => /^[a-z-]+$/i.test(term) && !/^YYYY(-MM|-Hn)?$/.test(term)), command).toEqual([]);
      expect(help, command).not.toMatch(/\b(Usage|Options|Arguments|Commands|default|choices)\b/);
    }
    expect(screens.get('de06')).toMatch(/^ {2}help \[lệnh\] /m);
    expect(screens.get('de06 lint')).toContain('Cách dùng: de06 lint [tùy chọn] [tệp...]');
    expect(screens.get('de06 overdue')).toContain('--as-of <ngày>');
  });

  it('speaks English with --lang en', async () => {
    const help = (await de06(['lint', '--help'], 'en')).stdout;
    expect(help).toContain('Usage: de06 lint [options] [paths...]');
  });

  it('de06 --version prints the package version', async () => {
    const { version } = JSON.parse((await execa('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: REPO })).stdout);
    const run = await de06(['--version']);
    expect(run.stdout).toBe(version);
    expect(run.exitCode).toBe(0);
  });
});

describe('usage errors', () => {
  it('an invalid --format lists the valid values', async () => {
    const run = await de06(['lint', '--format', 'xml']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('de06: --format không nhận giá trị "xml"; chọn một trong: stylish, json, github, sarif, junit, markdown. (xem "de06 lint --help")');
  });

  it('points at the help of the command the mistake was made in', async () => {
    expect((await de06(['lint', '--formt', 'json'])).stderr).toContain('(xem "de06 lint --help")');
    expect((await de06(['overdue', '--as-of'])).stderr).toBe('de06: thiếu giá trị cho --as-of <ngày>. (xem "de06 overdue --help")');
    expect((await de06(['progress', 'new', '--period', '2026-07'])).stderr).toContain('(xem "de06 progress new --help")');
    expect((await de06(['--bogus'])).stderr).toContain('(xem "de06 --help")');
  });

  it('so does a value the command itself refuses, still in one line and exit 2', async () => {
    for (const [args, command] of [
      [['status', '--as-of', '2026-02-30'], 'de06 status'],
      [['overdue', '--within', 'nhiều'], 'de06 overdue'],
      [['lint', '--max-warnings', '-1'], 'de06 lint'],
      [['progress', 'new', '--unit', 'cat', '--period', '2026-07', '--as-of', '1/7/2026'], 'de06 progress new'],
    ] as const) {
      const run = await de06([...args]);
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr.trimEnd().endsWith(` (xem "${command} --help")`), run.stderr).toBe(true);
    }
  });
});
