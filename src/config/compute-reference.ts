/**
 * Reference figures for the cost of a run: accelerators (power, peak FLOP/s), the carbon
 * intensity of electricity grids, data-centre PUE, and one published large run to compare
 * with. Every figure names its source; the page shows them and lets the user replace each.
 * The method is CodeCarbon's and ML CO2 Impact's (Lacoste et al. 2019): energy = power ×
 * time × PUE, emissions = energy × grid carbon intensity.
 */

/**
 * An accelerator as its vendor's data sheet (or cloud documentation) describes it. A figure
 * the vendor does not publish is null, never guessed.
 */
export interface Accelerator {
  id: string;
  name: string;
  /** 'laptop': a notebook's GPU; 'gpu': desktop or data-centre GPU; 'tpu': Google Cloud TPU chip. */
  family: 'laptop' | 'gpu' | 'tpu';
  /** Board or chip power (TDP / TGP), W; null where unpublished. */
  powerW: number | null;
  /** Peak dense fp32 throughput (no tensor cores, no sparsity), FLOP/s; null where unpublished. */
  peakFp32: number | null;
  /** Peak dense TF32 tensor throughput (no sparsity), FLOP/s; null where the device has no TF32. */
  peakTf32: number | null;
  /** Peak dense fp16/bf16 tensor throughput (fp32 accumulate where the sheet says, no sparsity), FLOP/s. */
  peakFp16: number;
  /** Device memory, GB (10⁹ bytes; the vendors' unit), or the shared system memory assumed. */
  memoryGB: number;
  /** Memory bandwidth, GB/s. */
  memoryBandwidthGBs: number;
  source: string;
}

/** An accelerator with a published power and fp32 peak, as the cost of a run needs. */
export interface DeviceSpec extends Accelerator {
  powerW: number;
  peakFp32: number;
}

const T = 1e12;

/** Devices, from a laptop's integrated GPU to a data-centre accelerator. */
export const DEVICES: readonly DeviceSpec[] = [
  {
    id: 'iris-xe',
    name: 'Laptop integrated GPU (Intel Iris Xe, Core i7-1165G7)',
    family: 'laptop',
    powerW: 28,
    peakFp32: 2.0 * T,
    peakTf32: null,
    peakFp16: 4.0 * T,
    memoryGB: 16,
    memoryBandwidthGBs: 68.3,
    source:
      'Intel ARK, Core i7-1165G7 specifications: 28 W processor base power (CPU and GPU share it), 96 execution units at up to 1.30 GHz; peak = 96 EU × 16 fp32 FLOPs/clock × 1.30 GHz ≈ 2.0 TFLOP/s, fp16 at twice the rate; no TF32. Memory is the system’s, shared with the CPU: 16 GB assumed; LPDDR4x-4266 on a 128-bit bus = 68.3 GB/s',
  },
  {
    id: 'rtx4090',
    name: 'Desktop GPU (NVIDIA GeForce RTX 4090)',
    family: 'gpu',
    powerW: 450,
    peakFp32: 82.6 * T,
    peakTf32: 82.6 * T,
    peakFp16: 165.2 * T,
    memoryGB: 24,
    memoryBandwidthGBs: 1008,
    source:
      'NVIDIA Ada GPU Architecture whitepaper (2023), appendix: 450 W total graphics power, 82.6 TFLOP/s fp32, 82.6 TFLOP/s TF32 tensor (dense), 165.2 TFLOP/s fp16 tensor with fp32 accumulate (dense), 24 GB GDDR6X at 1,008 GB/s',
  },
  {
    id: 'v100',
    name: 'Data-centre GPU (NVIDIA V100 SXM2)',
    family: 'gpu',
    powerW: 300,
    peakFp32: 15.7 * T,
    peakTf32: null,
    peakFp16: 125 * T,
    memoryGB: 32,
    memoryBandwidthGBs: 900,
    source:
      'NVIDIA Tesla V100 GPU data sheet (2020): 300 W, 15.7 TFLOP/s single precision, 125 TFLOP/s tensor performance (SXM2), 32 GB HBM2 at 900 GB/s; Volta has no TF32',
  },
  {
    id: 'a100',
    name: 'Data-centre GPU (NVIDIA A100 SXM4 80 GB)',
    family: 'gpu',
    powerW: 400,
    peakFp32: 19.5 * T,
    peakTf32: 156 * T,
    peakFp16: 312 * T,
    memoryGB: 80,
    memoryBandwidthGBs: 2039,
    source:
      'NVIDIA A100 Tensor Core GPU data sheet (2021): 400 W, 19.5 TFLOP/s fp32, 156 TFLOP/s TF32 tensor (312 with sparsity), 312 TFLOP/s bf16/fp16 tensor (624 with sparsity), 80 GB HBM2e at 2,039 GB/s (SXM)',
  },
  {
    id: 'h100',
    name: 'Data-centre GPU (NVIDIA H100 SXM5)',
    family: 'gpu',
    powerW: 700,
    peakFp32: 67 * T,
    peakTf32: 494.5 * T,
    peakFp16: 989 * T,
    memoryGB: 80,
    memoryBandwidthGBs: 3350,
    source:
      'NVIDIA H100 Tensor Core GPU data sheet (2023): up to 700 W, 67 TFLOP/s fp32, 989 TFLOP/s TF32 tensor and 1,979 TFLOP/s bf16/fp16 tensor with sparsity, i.e. about 494.5 and 989 dense, 80 GB HBM3 at 3.35 TB/s (SXM)',
  },
  {
    id: 'h200',
    name: 'Data-centre GPU (NVIDIA H200 SXM)',
    family: 'gpu',
    powerW: 700,
    peakFp32: 67 * T,
    peakTf32: 494.5 * T,
    peakFp16: 989 * T,
    memoryGB: 141,
    memoryBandwidthGBs: 4800,
    source:
      'NVIDIA H200 Tensor Core GPU data sheet (2024): up to 700 W, 67 TFLOP/s fp32, 989 TFLOP/s TF32 and 1,979 TFLOP/s bf16/fp16 tensor with sparsity (dense: half), 141 GB HBM3e at 4.8 TB/s (SXM)',
  },
];

/**
 * Google Cloud TPU chips. Google publishes bf16 peaks, memory and bandwidth per chip; fp32
 * matrix work runs as several bf16 passes and has no published peak, and only TPU v4 has a
 * published power (from its paper).
 */
export const TPUS: readonly Accelerator[] = [
  {
    id: 'tpu-v4',
    name: 'Google Cloud TPU v4 (one chip)',
    family: 'tpu',
    powerW: 192,
    peakFp32: null,
    peakTf32: null,
    peakFp16: 275 * T,
    memoryGB: 32,
    memoryBandwidthGBs: 1200,
    source:
      'Google Cloud TPU documentation, “TPU v4”: 275 TFLOP/s bf16 peak per chip, 32 GiB HBM2 at 1,200 GB/s; Jouppi et al. 2023, “TPU v4: An Optically Reconfigurable Supercomputer”, ISCA: 192 W maximum chip power',
  },
  {
    id: 'tpu-v5e',
    name: 'Google Cloud TPU v5e (one chip)',
    family: 'tpu',
    powerW: null,
    peakFp32: null,
    peakTf32: null,
    peakFp16: 197 * T,
    memoryGB: 16,
    memoryBandwidthGBs: 819,
    source:
      'Google Cloud TPU documentation, “TPU v5e”: 197 TFLOP/s bf16 peak per chip, 16 GB HBM2 at 819 GB/s; power not published',
  },
  {
    id: 'tpu-v5p',
    name: 'Google Cloud TPU v5p (one chip)',
    family: 'tpu',
    powerW: null,
    peakFp32: null,
    peakTf32: null,
    peakFp16: 459 * T,
    memoryGB: 95,
    memoryBandwidthGBs: 2765,
    source:
      'Google Cloud TPU documentation, “TPU v5p”: 459 TFLOP/s bf16 peak per chip, 95 GB HBM2e at 2,765 GB/s; power not published',
  },
];

/** Every accelerator, GPUs then TPUs, for the hardware comparison. */
export const ACCELERATORS: readonly Accelerator[] = [...DEVICES, ...TPUS];

/** A grid's average carbon intensity of electricity, gCO2e per kWh. */
export interface GridIntensity {
  id: string;
  name: string;
  gramsPerKWh: number;
  source: string;
}

const EMBER_2023 =
  'Ember, yearly electricity data: carbon intensity of electricity generation in 2023 (life-cycle gCO2e/kWh), as published by Our World in Data; rounded';

export const GRID_INTENSITIES: readonly GridIntensity[] = [
  {
    id: 'world',
    name: 'World average (CodeCarbon default)',
    gramsPerKWh: 475,
    source:
      'CodeCarbon documentation: 475 gCO2e/kWh world average when the location is unknown (IEA, Global Energy & CO2 Status Report 2019)',
  },
  { id: 'de', name: 'Germany', gramsPerKWh: 381, source: EMBER_2023 },
  { id: 'fr', name: 'France', gramsPerKWh: 56, source: EMBER_2023 },
  { id: 'us', name: 'United States', gramsPerKWh: 369, source: EMBER_2023 },
  { id: 'gb', name: 'United Kingdom', gramsPerKWh: 238, source: EMBER_2023 },
  { id: 'cn', name: 'China', gramsPerKWh: 582, source: EMBER_2023 },
  { id: 'in', name: 'India', gramsPerKWh: 713, source: EMBER_2023 },
  { id: 'se', name: 'Sweden', gramsPerKWh: 41, source: EMBER_2023 },
];

/** Power usage effectiveness: facility energy / IT energy (1 = no overhead). */
export interface PueDefault {
  id: string;
  name: string;
  pue: number;
  source: string;
}

export const PUE_DEFAULTS: readonly PueDefault[] = [
  {
    id: 'none',
    name: 'No overhead (CodeCarbon default; a laptop or desk)',
    pue: 1.0,
    source: 'CodeCarbon documentation: PUE 1.0 by default',
  },
  {
    id: 'hyperscale',
    name: 'Hyperscale data centre',
    pue: 1.1,
    source: 'Google, data centre efficiency: fleet-wide trailing twelve-month PUE 1.10 (2023)',
  },
  {
    id: 'typical',
    name: 'Typical data centre',
    pue: 1.58,
    source: 'Uptime Institute, Global Data Center Survey 2023: average annual PUE 1.58',
  },
];

/** A published training run, for orders of magnitude. */
export interface PublishedRun {
  name: string;
  /** Total training compute, FLOPs. */
  flops: number;
  /** Training energy, kWh. */
  energyKWh: number;
  /** Emissions, gCO2e. */
  co2Grams: number;
  source: string;
}

export const GPT3: PublishedRun = {
  name: 'GPT-3 (175 B parameters)',
  flops: 3.14e23,
  energyKWh: 1_287_000,
  co2Grams: 552e6,
  source:
    'Brown et al. 2020, “Language Models are Few-Shot Learners”, 3.14e23 training FLOPs; Patterson et al. 2021, “Carbon Emissions and Large Neural Network Training”, 1,287 MWh and 552 tCO2e',
};
