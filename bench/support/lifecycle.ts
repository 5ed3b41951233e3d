import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import { createInterface } from 'node:readline';
import { EventEmitter } from 'node:events';

type Cleanup = () => Promise<void> | void;

const cleanups: { name: string; run: Cleanup }[] = [];
const children = new Set<ChildProcess>();
let cleaning: Promise<void> | null = null;

/** Registers something to undo at the end (run in reverse order, also on error and on SIGINT/SIGTERM). */
export function onCleanup(name: string, run: Cleanup): void {
  cleanups.push({ name, run });
}

export function cleanupAll(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const { name, run } = cleanups.pop()!;
      try {
        await run();
      } catch (error) {
        console.error(`cleanup "${name}" failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

/**
 * Runs a bench's main function: every registered cleanup runs whether it succeeds, throws or is
 * interrupted; child processes still alive at exit are killed as a last resort.
 */
export function runBench(main: () => Promise<void>): void {
  let interruptedBy: NodeJS.Signals | null = null;
  const interrupted = (signal: NodeJS.Signals) => {
    interruptedBy = signal;
    console.error(`\n${signal}: cleaning up…`);
    void cleanupAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  process.on('exit', () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  main()
    .then(() => cleanupAll())
    .then(() => process.exit(0))
    .catch(async (error: unknown) => {
      if (interruptedBy) return; // the signal handler is cleaning up; the error is the interruption's echo
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      await cleanupAll();
      process.exit(1);
    });
}

export interface Child {
  process: ChildProcess;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
  /** The last lines of stderr and stdout (for error messages). */
  stderrTail(): string;
  /** Emits 'line' for every stdout line (stdout is always drained). */
  stdoutLines: EventEmitter;
}

/** Spawns a child that is stopped by cleanupAll (and killed on exit at the latest). stdin stays open as a lifeline. */
export function spawnChild(command: string, args: string[], options: SpawnOptions = {}): Child {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
  children.add(child);
  const tail: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    tail.push(chunk);
    if (tail.length > 50) tail.shift();
  });
  const stdoutLines = new EventEmitter();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    tail.push(`${line}\n`);
    if (tail.length > 50) tail.shift();
    stdoutLines.emit('line', line);
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  const stop = async (graceMs = 10_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  onCleanup(`${command} ${args.join(' ')}`.slice(0, 80), () => stop());
  return { process: child, exited, stop, stderrTail: () => tail.join('').slice(-4000), stdoutLines };
}

/** The first stdout line of a child that satisfies `accept` (fails if the child exits first or times out). */
export function firstLine(
  child: Child,
  accept: (line: string) => boolean,
  timeoutMs = 30_000,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onLine = (line: string) => {
      if (!accept(line)) return;
      done();
      resolve(line);
    };
    const done = () => {
      clearTimeout(timer);
      child.stdoutLines.off('line', onLine);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ready line after ${timeoutMs} ms:\n${child.stderrTail()}`));
    }, timeoutMs);
    child.stdoutLines.on('line', onLine);
    void child.exited.then((code) => {
      done();
      reject(new Error(`child exited (${code}) before it was ready:\n${child.stderrTail()}`));
    });
  });
}
