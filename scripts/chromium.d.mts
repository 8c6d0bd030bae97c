export const HEADLESS_ARGS: string[];
export function findChromium(): string | null;
export function requireChromium(): string;
