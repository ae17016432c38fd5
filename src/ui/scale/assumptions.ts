/** The editable assumptions the Scale view's panels share. */
import type { Accelerator } from '../../config/compute-reference';
import type { Interconnect } from '../../config/interconnects';
import type { MathPrecision } from '../../data/hardware-scaling';
import type { MemoryPrecision, OptimizerName, ZeroStage } from '../../data/memory-model';

export interface ScaleAssumptions {
  device: Accelerator;
  /** Precision of the matrix multiplies (chooses the peak). */
  precision: MathPrecision;
  /** Model FLOPs utilisation, (0, 1]. */
  mfu: number;
  /** Data-parallel workers, ≥ 1. */
  workers: number;
  link: Interconnect;
  zeroStage: ZeroStage;
  checkpointing: boolean;
  overlap: boolean;
  /** Deadline for the devices-needed column, days (> 0). */
  deadlineDays: number;
}

/** Memory precision of a math precision: bf16 is mixed precision, fp32 and tf32 store fp32. */
export function memoryPrecision(p: MathPrecision): MemoryPrecision {
  return p === 'bf16' ? 'mixed' : 'fp32';
}

/** The sidebar's optimizer as the memory model names it (unknown names count as Adam, the largest state). */
export function optimizerName(configOptimizer: string): OptimizerName {
  return (
    (['sgd', 'momentum', 'rmsprop', 'adam', 'adamw'] as const).find((o) => o === configOptimizer) ??
    'adam'
  );
}
