import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** One line naming the machine a benchmark ran on. */
export function describeMachine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

export function table(rows: Record<string, string | number>[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, i) => value.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((row) => line(columns.map((c) => String(row[c])))),
  ].join('\n');
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * CPU seconds used so far by the server process, by every PostgreSQL process on this machine
 * (none for the embedded database: it runs inside the server), and by this process (the load
 * generator). Linux only (/proc); null elsewhere.
 */
export function cpuSeconds(
  serverPid: number | undefined,
): { server: number; postgres: Map<string, number>; generator: number } | null {
  if (process.platform !== 'linux' || serverPid === undefined) return null;
  const ticks = 100; // USER_HZ on Linux
  const of = (pid: string) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return { name, seconds: (Number(fields[11]) + Number(fields[12])) / ticks };
    } catch {
      return undefined; // the process ended meanwhile
    }
  };
  const postgres = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const process = of(pid);
    if (process?.name === 'postgres') postgres.set(pid, process.seconds);
  }
  const usage = process.cpuUsage();
  return {
    server: of(String(serverPid))?.seconds ?? 0,
    postgres,
    generator: (usage.user + usage.system) / 1e6,
  };
}

/** CPU seconds between two readings of cpuSeconds; PostgreSQL processes that ended meanwhile are not counted. */
export function cpuBetween(
  before: NonNullable<ReturnType<typeof cpuSeconds>>,
  after: NonNullable<ReturnType<typeof cpuSeconds>>,
) {
  let postgres = 0;
  for (const [pid, seconds] of after.postgres) postgres += seconds - (before.postgres.get(pid) ?? 0);
  return { server: after.server - before.server, postgres, generator: after.generator - before.generator };
}
