export function tallyLines(r: unknown, cwd: string): string[];
