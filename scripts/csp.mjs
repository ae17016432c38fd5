/**
 * The Content-Security-Policy of the built pages (index.html and bench.html), in one place.
 *
 * Everything the app loads comes from its own origin: its scripts and workers (module files,
 * no inline script), its styles, the MNIST asset and tfjs's wasm binaries (fetched, hence
 * `connect-src 'self'`). `'wasm-unsafe-eval'` lets tfjs's wasm backend compile WebAssembly
 * (and `long`, inside tfjs-core, its small wasm multiplier); it allows no JavaScript eval.
 * zod runs jitless (src/config/zod.ts), so no `unsafe-eval` is needed. The only `data:` URL
 * is the empty favicon.
 *
 * The policy reaches the page twice: a `<meta http-equiv>` that the build adds to each page
 * (so it holds on any static host), and the same header from `vite preview` (`npm start`).
 * The header also covers the workers, which a `<meta>` in the page cannot, and adds
 * `frame-ancestors`, which browsers ignore in a `<meta>`. In development (`npm run dev`) no
 * policy is set: Vite's hot reload injects inline scripts.
 */

/** Directive → sources, as in CSP Level 3. */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

const serialize = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** The policy as the pages' `<meta http-equiv="Content-Security-Policy">` holds it. */
export const CSP_META = serialize(CSP_DIRECTIVES);

/** The policy as `vite preview` sends it: the same, plus what only a header can say. */
export const CSP_HEADER = serialize({ ...CSP_DIRECTIVES, 'frame-ancestors': ["'none'"] });

/** A Vite plugin that puts the policy's `<meta>` first in the head of every built page. */
export function contentSecurityPolicy() {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
