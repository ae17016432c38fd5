import type { Plugin } from 'vite';

export const APP_ICONS: { size: number; src: string; sizes: string; type: string }[];
export function drawIcon(size: number): Uint8Array;
export function encodePng(size: number, pixels: Uint8Array): Buffer;
export function appIcons(): Plugin;
