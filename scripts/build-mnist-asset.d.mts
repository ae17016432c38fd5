import type { Plugin } from 'vite';

export const MNIST_ASSET_PATH: string;
export function buildMnistAsset(): Uint8Array;
export function mnistAsset(): Plugin;
