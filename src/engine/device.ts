/**
 * The WebGPU device under the tfjs backend. tfjs does not handle a lost device, so the
 * engine watches the device's `lost` promise itself; a simulated loss destroys the device,
 * which resolves that promise exactly as a driver reset or an unplugged GPU would.
 */
import * as tf from '@tensorflow/tfjs';
import type { EngineNotice } from '../protocol/notices';

function currentDevice(): GPUDevice | null {
  if (tf.getBackend() !== 'webgpu') return null;
  return (tf.backend() as unknown as { device?: GPUDevice }).device ?? null;
}

/**
 * Calls `onLost` once if the backend's GPU device is lost (for whatever reason), with the
 * notice the page words: destroyed on purpose or not, and the browser's own message.
 */
export function watchDevice(onLost: (notice: EngineNotice & { id: 'deviceLost' }) => void): void {
  const device = currentDevice();
  void device?.lost.then((info) => {
    onLost({
      id: 'deviceLost',
      destroyed: info.reason === 'destroyed',
      detail: info.message ?? '',
    });
  });
}

/** Fault injection: destroys the GPU device. Only WebGPU has one. */
export function destroyDevice(): void {
  currentDevice()?.destroy();
}
