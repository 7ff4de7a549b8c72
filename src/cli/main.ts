// The command line: global options, one sub-command per file, each loaded only when it runs so
// that `de06 --help` and `de06 lint` never pay for the report libraries.

import { relative } from 'node:path';
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { messageIds, t, type Lang } from '../i18n/index.js';
import { VERSION } from '../package.js';
import { languageOf, OptionError, UsageError, type GlobalOptions } from './context.js';


const argv = process.argv.slice(2);
const lang: Lang = languageOf({ lang: optionValue(argv, '--lang') });
const say = (id: string, params?: Record<string, string | number>) => t(lang, id, params);

/** "[options]", "<date>", "[paths...]" in the user's language: cli.help.term.<name> names them. */
const TERMS = new Set(messageIds().filter((id) => id.startsWith(`cli.help.term.`)));
function localTerms(text: string): string {
  return text.replace(/([<[])([A-Za-z-]+)(\.\.\.)?([>\]])/g, (whole, open: string, name: string, dots: string | undefined, close: string) =>
    TERMS.has(`cli.help.term.${name}`) ? `${open}${say(`cli.help.term.${name}`)}${dots ?? ''}${close}` : whole);
}

/** commander's own headings and terms, in the user's language */
class LocalHelp extends Help {
  override commandUsage(command: Command): string {
    return localTerms(super.commandUsage(command));
  }

  override subcommandTerm(command: Command): string {
    return localTerms(super.subcommandTerm(command));
  }

  override optionTerm(option: Option): string {
    return localTerms(super.optionTerm(option));
  }

  override argumentTerm(argument: Argument): string {
    return localTerms(`[${super.argumentTerm(argument)}]`).slice(1, -1);
  }

  /** "(chọn: vi, en; mặc định: table)" instead of commander's English */
  override optionDescription(option: Option): string {
    const extra = [
      option.argChoices ? say('cli.help.choices', { values: option.argChoices.join(', ') }) : '',
      option.defaultValue !== undefined && (option.required || option.optional) ? say('cli.help.default', { value: String(option.defaultValue) }) : '',
    ].filter(Boolean);
    return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
  }

  override styleTitle(title: string): string {
    const key = { 'Usage:': 'cli.help.usage', 'Options:': 'cli.help.options', 'Commands:': 'cli.help.commands', 'Arguments:': 'cli.help.arguments', 'Global Options:': 'cli.help.global' }[title];
    return key ? say(key) : title;
  }
}

function optionValue(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(name + '='));
  if (i === -1) return undefined;
  return args[i]!.includes('=') ? args[i]!.slice(name.length + 1) : args[i + 1];
}

/** each command file exports run(options, args, global) and returns the exit code */
/** commander's own error lines, in the user's language; an unknown shape passes unchanged. */
const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: unknown command '([^']*)'/, 'cli.err.unknown-command'],
  [/^error: unknown option '([^']*)'/, 'cli.err.unknown-option'],
  [/^error: required option '([^']*)' not specified/, 'cli.err.required-option'],
  [/^error: option '([^']*)' argument missing/, 'cli.err.missing-argument'],
  [/^error: option '(?:-\w, )?(--[\w-]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/m, 'cli.err.invalid-choice'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid/, 'cli.err.invalid-argument'],
  [/^error: missing required argument '([^']*)'/, 'cli.err.missing-argument'],
  [/^error: too many arguments/, 'cli.err.too-many-arguments'],
];

function commanderError(text: string): string {
  const suggestion = /\(Did you mean ([^?]*)\?\)/.exec(text)?.[1];
  const hint = suggestion ? ` ${say('cli.err.did-you-mean', { name: suggestion })}` : '';
  for (const [pattern, id] of COMMANDER_ERRORS) {
    const match = pattern.exec(text);
    if (match) return say(id, { name: localTerms(match[1] ?? ''), value: match[2] ?? '', choices: match[3] ?? '' }) + hint;
  }
  return text.replace(/^error: /, '').trimEnd();
}

type Action = (options: any, args: string[], global: GlobalOptions) => Promise<number>;

/** A command whose code is imported when it runs. */
function lazy(load: () => Promise<{ run: Action }>) {
  return async (...received: unknown[]) => {
    const command = received[received.length - 1] as Command;
    const options = command.opts();
    const args = command.args;
    const { run } = await load();
    try {
      process.exitCode = await run(options, args, program.opts<GlobalOptions>());
    } catch (error) {
      // a value the command's own checks refused points at that command's help, as commander's do
      if (error instanceof OptionError) error.message += ` ${say('cli.help.hint', { command: commandPath(command) })}`;
      throw error;
    }
  };
}

const program = new Command('de06')
  .description(say('cli.description'))
  .version(VERSION, '-V, --version', say('cli.opt.version'))
  .helpOption('-h, --help', say('cli.opt.help'))
  .helpCommand('help [command]', say('cli.opt.help-command'))
  .option('--root <dir>', say('cli.opt.root'))
  .addOption(new Option('--lang <lang>', say('cli.opt.lang')).choices(['vi', 'en']))
  .option('--no-color', say('cli.opt.no-color'))
  .option('--no-cache', say('cli.opt.no-cache'))
  .configureOutput({ outputError: errorLine('de06') })
  .configureHelp({ sortSubcommands: false })
  .exitOverride();
program.createHelp = () => Object.assign(new LocalHelp(), program.configureHelp());

/** commander's error as one line, in the user's language, pointing at the help of `command`. */
function errorLine(command: string): (text: string, write: (line: string) => void) => void {
  return (text, write) => write(`de06: ${commanderError(text)} ${say('cli.help.hint', { command })}\n`);
}

/** "de06 progress new" */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** A subcommand; a mistake in its options points at its own help. */
/** commander tells a variadic option by an ASCII letter before "...": a Vietnamese placeholder needs saying so. */
function variadic(option: Option): Option {
  option.variadic = true;
  return option;
}

function command(name: string, description: string, parent = program): Command {
  const path = [parent === program ? '' : parent.name(), name].filter(Boolean).join(' ');
  return parent.command(name).description(description).helpOption('-h, --help', say('cli.opt.help'))
    .configureOutput({ outputError: errorLine(`de06 ${path}`) }).exitOverride();
}

command('lint', say('cli.lint.description'))
  .argument('[paths...]', say('cli.lint.paths'))
  .addOption(new Option('-f, --format <format>', say('cli.lint.format')).choices(['stylish', 'json', 'github', 'sarif', 'junit', 'markdown']).default('stylish'))
  .option('-q, --quiet', say('cli.lint.quiet'))
  .option('--strict', say('cli.lint.strict'))
  .option('--max-warnings <n>', say('cli.lint.max-warnings'))
  .option('--base <rev>', say('diff.cli.lint-base'))
  .option('--warnings-exit-code <n>', say('diff.cli.warnings-exit-code'))
  .action(lazy(() => import('./lint.js')));

command('overdue', say('cli.overdue.description'))
  .option('--as-of <date>', say('cli.opt.as-of'))
  .option('--unit <unit>', say('cli.opt.unit'))
  .option('--within <days>', say('cli.overdue.within'))
  .option('-f, --format <format>', say('cli.overdue.format'), 'table')
  .option('--fail-on-overdue', say('cli.overdue.fail-on-overdue'))
  .action(lazy(() => import('./overdue.js')));

command('status', say('cli.status.description'))
  .option('--as-of <date>', say('cli.opt.as-of'))
  .option('--by <group>', say('cli.status.by'), 'unit')
  .option('-f, --format <format>', say('cli.status.format'), 'table')
  .option('--wide', say('cli.status.wide'))
  .action(lazy(() => import('./status.js')));

command('calendar', say('cli.calendar.description'))
  .option('--from <date>', say('cli.calendar.from'))
  .option('--to <date>', say('cli.calendar.to'))
  .option('--unit <unit>', say('cli.opt.unit'))
  .option('--as-of <date>', say('cli.opt.as-of'))
  .option('-f, --format <format>', say('cli.calendar.format'), 'table')
  .action(lazy(() => import('./calendar.js')));

command('holidays', say('cli.holidays.description'))
  .argument('<years...>', say('cli.holidays.years'))
  .action(lazy(() => import('./holidays.js')));

const progress = command('progress', say('cli.progress.description'));
command('new', say('cli.progress.new.description'), progress)
  .requiredOption('--unit <unit>', say('cli.progress.unit'))
  .requiredOption('--period <period>', say('cli.progress.period'))
  .option('--as-of <date>', say('cli.opt.as-of'))
  .action(lazy(() => import('./progress.js')));

command('form', say('cli.progress.form.description'), progress)
  .addOption(variadic(new Option('--unit <đơn vị...>', say('cli.progress.form.unit'))))
  .option('--all', say('cli.progress.form.all'))
  .requiredOption('--period <period>', say('cli.progress.period'))
  .option('--out <dir>', say('cli.progress.form.out'))
  .option('--as-of <date>', say('cli.opt.as-of'))
  .option('--force', say('cli.progress.form.force'))
  .action(lazy(() => import('./progress-form.js')));

command('import', say('cli.progress.import.description'), progress)
  .argument('<files...>', say('cli.progress.import.files'))
  .option('--dry-run', say('cli.progress.import.dry-run'))
  .option('--force', say('cli.progress.import.force'))
  .addOption(new Option('-f, --format <format>', say('cli.progress.import.format')).choices(['stylish', 'json', 'github']).default('stylish'))
  .action(lazy(() => import('./progress-import.js')));

command('report', say('report.cli.description'))
  .option('--month <YYYY-MM>', say('report.cli.month'))
  .option('--half <YYYY-Hn>', say('report.cli.half'))
  .option('--year <YYYY>', say('report.cli.year'))
  .option('--unit <unit>', say('report.cli.unit'))
  .option('--out <dir>', say('report.cli.out'))
  .option('-f, --format <formats>', say('report.cli.format'))
  .option('--as-of <date>', say('report.cli.as-of'))
  .option('--date <ngày|blank>', say('report.cli.date'))
  .option('--force', say('report.cli.force'))
  .option('--allow-invalid', say('report.cli.allow-invalid'))
  .action(lazy(() => import('./report.js')));

command('remind', say('remind.cli.description'))
  .option('--as-of <date>', say('remind.cli.as-of'))
  .addOption(variadic(new Option('--unit <đơn vị...>', say('remind.cli.unit'))))
  .option('--out <dir>', say('remind.cli.out'))
  .option('-f, --format <formats>', say('remind.cli.format'))
  .option('--date <ngày|blank>', say('remind.cli.date'))
  .option('--force', say('remind.cli.force'))
  .action(lazy(() => import('./remind.js')));

command('site', say('site.cli.description'))
  .option('--out <dir>', say('site.cli.out'))
  .option('--as-of <date>', say('cli.opt.as-of'))
  .option('--force', say('site.cli.force'))
  .action(lazy(() => import('./site.js')));

command('diff', say('diff.cli.description'))
  .argument('[base]', say('diff.cli.base'))
  .argument('[head]', say('diff.cli.head'))
  .addOption(new Option('-f, --format <format>', say('diff.cli.format')).choices(['text', 'markdown', 'json']).default('text'))
  .action(lazy(() => import('./diff.js')));

command('init', say('init.cli.description'))
  .argument('[dir]', say('init.cli.dir'))
  .option('--force', say('init.cli.force'))
  .option('--owner <pattern>', say('init.cli.owner'))
  .option('--tool <spec>', say('init.cli.tool'))
  .action(lazy(() => import('./init.js')));

command('codeowners', say('codeowners.cli.description'))
  .option('--owner <pattern>', say('init.cli.owner'))
  .option('--check', say('codeowners.cli.check'))
  .action(lazy(() => import('./codeowners.js')));

function copyHelpConfig(cmd: Command): void {
  cmd.createHelp = program.createHelp;
  cmd.commands.forEach(copyHelpConfig);
}
copyHelpConfig(program);

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version end here too, with exit code 0
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`de06: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const fsError = error as NodeJS.ErrnoException;
    if (typeof fsError?.code === 'string' && typeof fsError.path === 'string') {
      // the file system said no (a file where a folder should be, no permission, a full disk): the
      // user's to fix, not a bug
      process.stderr.write(`de06: ${say('cli.fs-error', { path: shownPath(fsError.path), reason: fsError.code })}\n`);
      process.exitCode = 2;
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`de06: ${say('cli.internal', { detail })}\n`);
    if (process.env.DE06_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  }
}

function shownPath(path: string): string {
  return relative(process.cwd(), path) || '.';
}

// A reader that stopped early (de06 lint | head) is not an error; any other failed write to stdout
// (a full disk, a closed file) means the output is cut short: one line and exit 2, never exit 0.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`de06: ${say('cli.stdout-failed', { reason: error.code ?? error.message })}\n`);
  process.exit(2);
});

void main();
