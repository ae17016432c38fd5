export const NODE_RANGE: string;
export const CHROMIUM: string;
export function nodeSupported(version: string): boolean;
export function problems(options: {
  nodeVersion: string;
  chromium: boolean;
  chromiumPath?: string;
}): string[];
