import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

/**
 * A password for the command line, never from its arguments (they show in `ps` and the shell's
 * history): typed at a prompt that echoes nothing, or the first line piped to stdin.
 */
export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  process.stderr.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}
