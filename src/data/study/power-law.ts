/**
 * Scaling laws: the fit of L(N) = a·N^(−α) + c to a study's losses by nonlinear least squares,
 * with the standard errors of its parameters, and the compute-optimal split of a compute budget
 * between parameters and data (Hoffmann et al. 2022, "Training Compute-Optimal Large Language
 * Models", approach 3; training compute C ≈ 6·N·D FLOPs, Kaplan et al. 2020).
 *
 * The fit: (1) for each c on a grid below the smallest loss, ln(L − c) = ln a − α·ln N is a
 * straight line, fitted by linear least squares; the c whose curve leaves the smallest sum of
 * squared residuals in L starts (2) Levenberg–Marquardt (Marquardt 1963) on (a, α, c). N is
 * divided by its geometric mean while fitting, which keeps the normal equations well
 * conditioned. The standard errors are √diag(s²·(JᵀJ)⁻¹) with s² = RSS/(n − 3) and J the
 * Jacobian at the optimum (the usual asymptotic covariance of nonlinear least squares).
 */

/** A fitted power law with an offset: L(N) = a·N^(−α) + c. */
export interface PowerLawFit {
  a: number;
  alpha: number;
  /** The irreducible loss the curve approaches as N grows. */
  c: number;
  /** Standard errors of a, α and c (0 when the points lie exactly on the curve). */
  aStdError: number;
  alphaStdError: number;
  cStdError: number;
  /** Residual sum of squares, in the loss's units squared. */
  rss: number;
  /** Levenberg–Marquardt iterations taken. */
  iterations: number;
}

/** L(N) of a fit. */
export function powerLaw(fit: Pick<PowerLawFit, 'a' | 'alpha' | 'c'>, n: number): number {
  return fit.a * n ** -fit.alpha + fit.c;
}

const GRID = 200;
const MAX_ITERATIONS = 200;

/** Solves the 3×3 system M·x = b by Gaussian elimination with partial pivoting; null if singular. */
function solve3(m: number[][], b: number[]): number[] | null {
  const a = m.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-300) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = a[r][col] / a[col][col];
      for (let k = col; k < 4; k++) a[r][k] -= f * a[col][k];
    }
  }
  return a.map((row, i) => row[3] / row[i]);
}

/** Ordinary least squares of y on x: slope and intercept. */
function line(x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

type Theta = [a: number, alpha: number, c: number];

function rssOf(x: readonly number[], l: readonly number[], [a, alpha, c]: Theta): number {
  return x.reduce((s, xi, i) => s + (l[i] - (a * xi ** -alpha + c)) ** 2, 0);
}

/** JᵀJ and Jᵀr of the model a·x^(−α) + c at θ (J the Jacobian of the model, r = L − model). */
function normalEquations(x: readonly number[], l: readonly number[], [a, alpha, c]: Theta) {
  const jtj = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const jtr = [0, 0, 0];
  x.forEach((xi, i) => {
    const p = xi ** -alpha;
    const j = [p, -a * p * Math.log(xi), 1];
    const r = l[i] - (a * p + c);
    for (let u = 0; u < 3; u++) {
      jtr[u] += j[u] * r;
      for (let v = 0; v < 3; v++) jtj[u][v] += j[u] * j[v];
    }
  });
  return { jtj, jtr };
}

/**
 * Fits L(N) = a·N^(−α) + c by nonlinear least squares.
 * @param sizes N: model sizes (parameters) or data sizes (tokens, examples), all > 0.
 * @param losses L at each size, finite.
 * @throws RangeError when the lists differ in length, hold fewer than 4 points (3 parameters
 *   and one degree of freedom for the errors), fewer than 2 distinct sizes, or a size ≤ 0 or
 *   a value that is not finite.
 */
export function fitPowerLaw(sizes: readonly number[], losses: readonly number[]): PowerLawFit {
  if (sizes.length !== losses.length)
    throw new RangeError(`${sizes.length} sizes but ${losses.length} losses`);
  if (sizes.length < 4) throw new RangeError(`a power-law fit needs 4 points, not ${sizes.length}`);
  if (sizes.some((n) => !(n > 0) || !Number.isFinite(n)) || losses.some((v) => !Number.isFinite(v)))
    throw new RangeError('every size must be a finite number > 0 and every loss finite');
  if (new Set(sizes).size < 2) throw new RangeError('a power-law fit needs 2 distinct sizes');
  const nRef = Math.exp(sizes.reduce((s, n) => s + Math.log(n), 0) / sizes.length);
  const x = sizes.map((n) => n / nRef);
  const lnX = x.map(Math.log);
  const lMin = Math.min(...losses);
  const lMax = Math.max(...losses);
  const cLow = lMin > 0 ? 0 : lMin - (lMax - lMin) - 1;
  // (1) a grid over c, each a straight line in log-log space.
  let theta: Theta = [1, 0, 0];
  let best = Infinity;
  for (let k = 0; k < GRID; k++) {
    const c = cLow + ((lMin - cLow) * k) / GRID;
    const { slope, intercept } = line(
      lnX,
      losses.map((v) => Math.log(v - c)),
    );
    const candidate: Theta = [Math.exp(intercept), -slope, c];
    const rss = rssOf(x, losses, candidate);
    if (rss < best) [best, theta] = [rss, candidate];
  }
  // (2) Levenberg–Marquardt from there, damping scaled by diag(JᵀJ).
  let lambda = 1e-3;
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const { jtj, jtr } = normalEquations(x, losses, theta);
    const damped = jtj.map((row, i) => row.map((v, j) => (i === j ? v * (1 + lambda) : v)));
    const step = solve3(damped, jtr);
    if (!step) break;
    const next: Theta = [theta[0] + step[0], theta[1] + step[1], theta[2] + step[2]];
    const rss = rssOf(x, losses, next);
    if (rss < best) {
      const gain = best - rss;
      [best, theta, lambda] = [rss, next, Math.max(lambda / 10, 1e-12)];
      if (gain <= 1e-15 * Math.max(best, 1e-300)) break;
    } else {
      lambda *= 10;
      if (lambda > 1e12) break;
    }
  }
  // Standard errors from s²·(JᵀJ)⁻¹, then back from N/nRef to N: a = a′·nRef^α.
  const { jtj } = normalEquations(x, losses, theta);
  const s2 = best / (sizes.length - 3);
  const cols = [0, 1, 2].map((i) =>
    solve3(
      jtj,
      [0, 1, 2].map((j) => (i === j ? 1 : 0)),
    ),
  );
  const cov = cols.every((c) => c !== null)
    ? [0, 1, 2].map((i) => [0, 1, 2].map((j) => s2 * (cols[j] as number[])[i]))
    : null;
  const [aRef, alpha, c] = theta;
  const a = aRef * nRef ** alpha;
  // Delta method: ∂a/∂a′ = nRef^α, ∂a/∂α = a·ln nRef.
  const g = [nRef ** alpha, a * Math.log(nRef)];
  const varA = cov
    ? g[0] ** 2 * cov[0][0] + 2 * g[0] * g[1] * cov[0][1] + g[1] ** 2 * cov[1][1]
    : NaN;
  return {
    a,
    alpha,
    c,
    aStdError: Math.sqrt(Math.max(0, varA)),
    alphaStdError: cov ? Math.sqrt(Math.max(0, cov[1][1])) : NaN,
    cStdError: cov ? Math.sqrt(Math.max(0, cov[2][2])) : NaN,
    rss: best,
    iterations,
  };
}

/** Training compute of a dense model: C ≈ 6·N·D FLOPs (forward 2ND, backward 4ND; Kaplan et al. 2020). */
export function trainingFlops(parameters: number, tokens: number): number {
  return 6 * parameters * tokens;
}

/** Hoffmann et al. 2022's compute-optimal ratio: about 20 training tokens per parameter. */
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

/** The compute-optimal model and data size for a budget, and how it compares with Chinchilla's. */
export interface ComputeOptimal {
  /** Parameters N_opt. */
  parameters: number;
  /** Training tokens (examples seen) D_opt. */
  tokens: number;
  /** D_opt / N_opt. */
  tokensPerParameter: number;
  /** tokensPerParameter / {@link CHINCHILLA_TOKENS_PER_PARAMETER}. */
  vsChinchilla: number;
}

/**
 * The compute-optimal split of `flops` between parameters and tokens for the loss
 * L(N, D) = E + A·N^(−α) + B·D^(−β) (Hoffmann et al. 2022, eq. 4, approach 3), minimised
 * subject to 6·N·D = C: N_opt = G·(C/6)^(β/(α+β)), D_opt = G⁻¹·(C/6)^(α/(α+β)),
 * G = (α·A / (β·B))^(1/(α+β)). A and α come from a fit over model sizes (data not limiting),
 * B and β from one over data sizes; the offsets c do not enter. For the tasks here a token is
 * one training example seen (steps × batch size × accumulation); for names, one character.
 * @param flops the compute budget C in FLOPs (> 0).
 * @throws RangeError when flops ≤ 0 or a fit has a, α ≤ 0 (no scaling to trade).
 */
export function computeOptimal(
  byParameters: Pick<PowerLawFit, 'a' | 'alpha'>,
  byTokens: Pick<PowerLawFit, 'a' | 'alpha'>,
  flops: number,
): ComputeOptimal {
  const { a: A, alpha } = byParameters;
  const { a: B, alpha: beta } = byTokens;
  if (!(flops > 0)) throw new RangeError(`the compute budget must be > 0 FLOPs, not ${flops}`);
  if (!(A > 0 && alpha > 0 && B > 0 && beta > 0))
    throw new RangeError('both fits need a > 0 and α > 0 for a compute-optimal split');
  const g = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
  const parameters = g * (flops / 6) ** (beta / (alpha + beta));
  const tokens = (flops / 6) ** (alpha / (alpha + beta)) / g;
  const tokensPerParameter = tokens / parameters;
  return {
    parameters,
    tokens,
    tokensPerParameter,
    vsChinchilla: tokensPerParameter / CHINCHILLA_TOKENS_PER_PARAMETER,
  };
}
