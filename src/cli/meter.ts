// Progress of long work (a report on a large plan, a form for every unit, a site) on stderr: one
// line redrawn in place, and only when stderr is a terminal. Piped, redirected or in CI it writes
// nothing, so logs and scripts see results and errors alone.
//
//   const meter = startMeter(t(lang, 'report.meter.title'), 4);
//   meter.step(t(lang, 'report.meter.load'));     // before each piece of work: what it is
//   …
//   meter.note(warning);                          // a line of its own, instead of ctx.err
//   meter.done();                                 // before printing the results

export interface Meter {
  /** Begins the next piece of work; `label` says what it is. */
  step(label?: string): void;
  /** Writes `text` as a line of its own on stderr, above the progress line. */
  note(text: string): void;
  /** Clears the progress line for good. */
  done(): void;
}

export interface MeterStream {
  isTTY?: boolean;
  /** 0 or absent when the terminal does not say (a pty without a size) */
  columns?: number;
  write(text: string): unknown;
}

/** Redrawing more often than this only costs time: the eye sees ten updates a second. */
const REDRAW_MS = 100;
const BAR = 20;
const CLEAR = '\r\u001b[2K';

/**
 * A meter for `total` pieces of work titled `title`. The first step is drawn at once, later
 * ones at most every 100 ms; the line never grows wider than the terminal, so it never wraps.
 */
export function startMeter(title: string, total: number, stream: MeterStream = process.stderr, now: () => number = Date.now): Meter {
  let live = stream.isTTY === true;
  let started = 0;
  let label = '';
  let drawnAt = -Infinity;
  let shown = false;
  const draw = () => {
    const filled = total > 0 ? Math.round((BAR * Math.min(started - 1, total)) / total) : 0;
    const line = `${title} [${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${started}/${total}${label ? ` ${label}` : ''}`;
    const room = Math.max((stream.columns || 80) - 1, 10);
    stream.write(CLEAR + [...line].slice(0, room).join(''));
    shown = true;
    drawnAt = now();
  };
  return {
    step(next) {
      started++;
      label = next ?? '';
      if (live && now() - drawnAt >= REDRAW_MS) draw();
    },
    note(text) {
      if (shown) stream.write(CLEAR);
      stream.write(text.endsWith('\n') ? text : `${text}\n`);
      if (shown) draw();
    },
    done() {
      if (shown) stream.write(CLEAR);
      shown = false;
      live = false;
    },
  };
}
