/**
 * Reference figures for the cost of a run: accelerators (power, peak FLOP/s), the carbon
 * intensity of electricity grids, data-centre PUE, and one published large run to compare
 * with. Every figure names its source; the page shows them and lets the user replace each.
 * The method is CodeCarbon's and ML CO2 Impact's (Lacoste et al. 2019): energy = power ×
 * time × PUE, emissions = energy × grid carbon intensity.
 */

/** An accelerator as its vendor's data sheet describes it. */
export interface DeviceSpec {
  id: string;
  name: string;
  /** Board power (TDP / TGP), W. */
  powerW: number;
  /** Peak dense fp32 throughput (no tensor cores, no sparsity), FLOP/s. */
  peakFp32: number;
  /** Peak dense fp16/bf16 tensor throughput (fp32 accumulate where the sheet says, no sparsity), FLOP/s. */
  peakFp16: number;
  source: string;
}

const T = 1e12;

/** Devices, from a laptop's integrated GPU to a data-centre accelerator. */
export const DEVICES: readonly DeviceSpec[] = [
  {
    id: 'iris-xe',
    name: 'Laptop integrated GPU (Intel Iris Xe, Core i7-1165G7)',
    powerW: 28,
    peakFp32: 2.0 * T,
    peakFp16: 4.0 * T,
    source:
      'Intel ARK, Core i7-1165G7 specifications: 28 W processor base power (CPU and GPU share it), 96 execution units at up to 1.30 GHz; peak = 96 EU × 16 fp32 FLOPs/clock × 1.30 GHz ≈ 2.0 TFLOP/s, fp16 at twice the rate',
  },
  {
    id: 'rtx4090',
    name: 'Desktop GPU (NVIDIA GeForce RTX 4090)',
    powerW: 450,
    peakFp32: 82.6 * T,
    peakFp16: 165.2 * T,
    source:
      'NVIDIA Ada GPU Architecture whitepaper (2023), appendix: 450 W total graphics power, 82.6 TFLOP/s fp32, 165.2 TFLOP/s fp16 tensor with fp32 accumulate (dense)',
  },
  {
    id: 'v100',
    name: 'Data-centre GPU (NVIDIA V100 SXM2)',
    powerW: 300,
    peakFp32: 15.7 * T,
    peakFp16: 125 * T,
    source:
      'NVIDIA Tesla V100 GPU data sheet (2020): 300 W, 15.7 TFLOP/s single precision, 125 TFLOP/s tensor performance (SXM2)',
  },
  {
    id: 'a100',
    name: 'Data-centre GPU (NVIDIA A100 SXM4 80 GB)',
    powerW: 400,
    peakFp32: 19.5 * T,
    peakFp16: 312 * T,
    source:
      'NVIDIA A100 Tensor Core GPU data sheet (2021): 400 W, 19.5 TFLOP/s fp32, 312 TFLOP/s bf16/fp16 tensor (624 with sparsity)',
  },
  {
    id: 'h100',
    name: 'Data-centre GPU (NVIDIA H100 SXM5)',
    powerW: 700,
    peakFp32: 67 * T,
    peakFp16: 989 * T,
    source:
      'NVIDIA H100 Tensor Core GPU data sheet (2023): up to 700 W, 67 TFLOP/s fp32, 1,979 TFLOP/s bf16/fp16 tensor with sparsity, i.e. about 989 dense',
  },
];

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
