/**
 * Links between accelerators, for the communication model of data parallelism
 * (src/data/allreduce.ts): bandwidth per direction per device and the per-step latency of a
 * ring all-reduce. Every figure names its source; the page lets the user replace each.
 */

/** A link as the all-reduce sees it. */
export interface Interconnect {
  id: string;
  name: string;
  /** Bandwidth one device can send in one direction, bytes/s. */
  bandwidth: number;
  /** Latency of one step of a ring all-reduce (α), s. */
  latency: number;
  source: string;
}

const GB = 1e9;
const US = 1e-6;

/** NCCL's own cost model (src/graph/tuning.cc, hwLat, ring algorithm, Simple protocol), µs per ring step. */
const NCCL_LATENCY =
  'Latency per ring step from NCCL’s cost model (NVIDIA NCCL, src/graph/tuning.cc, hwLat for ring/Simple: NVLink 3.4 µs, PCI 5.7 µs, network 9.6 µs)';

export const INTERCONNECTS: readonly Interconnect[] = [
  {
    id: 'nvlink4',
    name: 'NVLink 4 (H100 SXM, within a server)',
    bandwidth: 450 * GB,
    latency: 3.4 * US,
    source: `NVIDIA H100 Tensor Core GPU data sheet: NVLink 900 GB/s per GPU, both directions together, so 450 GB/s each way. ${NCCL_LATENCY}`,
  },
  {
    id: 'pcie5',
    name: 'PCIe 5.0 x16',
    bandwidth: 63 * GB,
    latency: 5.7 * US,
    source: `PCI-SIG, PCI Express 5.0 specification: 32 GT/s per lane, 128b/130b encoding, 16 lanes ≈ 63 GB/s each way. ${NCCL_LATENCY}`,
  },
  {
    id: 'pcie4',
    name: 'PCIe 4.0 x16',
    bandwidth: 31.5 * GB,
    latency: 5.7 * US,
    source: `PCI-SIG, PCI Express 4.0 specification: 16 GT/s per lane, 128b/130b encoding, 16 lanes ≈ 31.5 GB/s each way. ${NCCL_LATENCY}`,
  },
  {
    id: 'ib-ndr',
    name: 'InfiniBand NDR 400 Gb/s (between servers)',
    bandwidth: 50 * GB,
    latency: 9.6 * US,
    source: `NVIDIA ConnectX-7 / Quantum-2 data sheets: InfiniBand NDR, 400 Gb/s per port = 50 GB/s each way (one port per GPU assumed). ${NCCL_LATENCY}`,
  },
  {
    id: 'eth400',
    name: '400 Gb Ethernet (between servers)',
    bandwidth: 50 * GB,
    latency: 9.6 * US,
    source: `IEEE 802.3bs-2017 (400GBASE): 400 Gb/s = 50 GB/s each way (one port per GPU assumed). ${NCCL_LATENCY}`,
  },
  {
    id: 'eth100',
    name: '100 Gb Ethernet (between servers)',
    bandwidth: 12.5 * GB,
    latency: 9.6 * US,
    source: `IEEE 802.3ba/802.3bj (100GBASE): 100 Gb/s = 12.5 GB/s each way. ${NCCL_LATENCY}`,
  },
];
