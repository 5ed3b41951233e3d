import { readdirSync, readFileSync } from 'node:fs';

/** Percentile by nearest rank over an unsorted sample. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function fmt(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The word next to a number in "target" columns. */
export function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

/** A markdown table (pipes aligned, so it reads in a terminal too). */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function heading(text: string): void {
  console.log(`\n## ${text}`);
}

/** CPU seconds (user and system) of a process.cpuUsage() reading or difference. */
export function cpuSecondsOf(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

/** Seconds since `start` (performance.now()). */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** Busy CPU seconds of the whole machine so far (all cores), from /proc/stat. */
export function machineBusySeconds(): number {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const ticks = cpu.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return (total - ticks[3] - ticks[4]) / 100; // minus idle and iowait
}

/** Peak resident set (VmHWM) of another process, in MB, from /proc (Linux). */
export function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Resident set now (VmRSS) of another process, in MB, from /proc (Linux). */
export function residentMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/**
 * CPU seconds used so far by the processes below `rootPid` (not `rootPid` itself, not `excludePids` and
 * their subtrees): live descendants' own time plus the time of children they already reaped.
 */
export function descendantsCpuSeconds(rootPid: number, excludePids: number[] = []): number {
  const parents = new Map<number, number>();
  const seconds = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      seconds.set(Number(entry), fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100);
    } catch {
      // the process ended while we looked
    }
  }
  const excluded = new Set(excludePids);
  let total = 0;
  for (const [pid, cpu] of seconds) {
    let ancestor = parents.get(pid);
    let inside = false;
    for (let depth = 0; ancestor !== undefined && depth < 64; depth++) {
      if (excluded.has(pid) || excluded.has(ancestor)) break;
      if (ancestor === rootPid) {
        inside = true;
        break;
      }
      ancestor = parents.get(ancestor);
    }
    if (inside) total += cpu;
  }
  return total;
}
