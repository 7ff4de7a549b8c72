// How wide the tables may be: what the user said (COLUMNS, as in `COLUMNS=100 de06 status`),
// else the terminal's own width, else 80 columns when the output goes to a pipe or a file — the
// width of a classic terminal, and what fits an A4 page printed in a monospaced font.

const PIPED = 80;

export interface OutputStream {
  isTTY?: boolean;
  /** 0 or absent when the terminal does not say (a pty without a size) */
  columns?: number;
}

export function terminalWidth(stream: OutputStream = process.stdout, env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env.COLUMNS);
  if (env.COLUMNS && Number.isInteger(given) && given > 0) return given;
  if (stream.isTTY && stream.columns) return stream.columns;
  return PIPED;
}
