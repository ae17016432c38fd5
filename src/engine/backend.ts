/**
 * Chooses the tfjs backend: WebGPU first, then WebGL, WASM and the plain CPU backend.
 * A backend forced through the URL is tried first; when it fails the usual order follows.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { BACKENDS, type AdapterDescription, type BackendName } from '../protocol/messages';
import type { BackendNotice } from '../protocol/notices';
import { refuse } from './notice-error';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});

export interface BackendChoice {
  backend: BackendName;
  /** Why each backend tried before `backend` was not used. */
  fallbackReasons: BackendNotice[];
  adapter: AdapterDescription | null;
}

/** The WebGPU adapter's vendor, architecture and description; null without one. */
export async function describeAdapter(): Promise<AdapterDescription | null> {
  const adapter = await navigator.gpu?.requestAdapter();
  if (!adapter) return null;
  const info = adapter.info;
  return { vendor: info.vendor, architecture: info.architecture, description: info.description };
}

/** Why a backend cannot be used here, or null when it may be tried. */
function unavailable(name: BackendName): BackendNotice | null {
  if (name === 'webgpu' && (typeof navigator === 'undefined' || !('gpu' in navigator)))
    return { id: 'noWebGpu' };
  if (name === 'webgl' && typeof OffscreenCanvas === 'undefined') {
    return { id: 'noOffscreenCanvas' };
  }
  return null;
}

export async function selectBackend(forced?: BackendName): Promise<BackendChoice> {
  const order = forced ? [forced, ...BACKENDS.filter((b) => b !== forced)] : [...BACKENDS];
  const fallbackReasons: BackendNotice[] = [];
  for (const name of order) {
    const reason = unavailable(name);
    if (reason) {
      fallbackReasons.push(reason);
      continue;
    }
    try {
      if (name === 'webgpu' && !(await navigator.gpu.requestAdapter())) {
        fallbackReasons.push({ id: 'noGpuAdapter' });
        continue;
      }
      if (await tf.setBackend(name)) {
        await tf.ready();
        const adapter = name === 'webgpu' ? await describeAdapter() : null;
        return { backend: name, fallbackReasons, adapter };
      }
      fallbackReasons.push({ id: 'backendFailed', backend: name, detail: '' });
    } catch (e) {
      fallbackReasons.push({ id: 'backendFailed', backend: name, detail: (e as Error).message });
    }
  }
  return refuse({ id: 'noBackend', reasons: fallbackReasons });
}

/**
 * Why a convolutional model cannot train on the wasm backend: tfjs-backend-wasm 4.22 has no
 * Conv2DBackpropFilter kernel, so the CNN trains on the cpu backend.
 */
export const WASM_CONV_REASON: BackendNotice = { id: 'wasmNoConv' };

/**
 * The backend a model trains on: the chosen one, except that a convolutional model on wasm
 * trains on cpu, with the reason added to the fallback reasons.
 */
export function backendForModel<C extends BackendChoice>(chosen: C, convolutional: boolean): C {
  if (!convolutional || chosen.backend !== 'wasm') return chosen;
  return {
    ...chosen,
    backend: 'cpu',
    fallbackReasons: [...chosen.fallbackReasons, WASM_CONV_REASON],
  };
}
