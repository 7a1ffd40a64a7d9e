// webextension-polyfill for the bundler alias in wxt.config.ts, the same object at less cost on
// each page load of the content scripts:
// - Imported directly, the bundler's CommonJS interop copies every own property of the polyfill's
//   export onto a namespace object. Where the browser has its own `browser` (Firefox; Chromium 156)
//   that export is the native object, and reading each property's descriptor builds every
//   extension API binding on it. Here the interop copies one key.
// - The polyfill returns a native `browser` that has `runtime.id` as it is; the same test here
//   spares compiling and running the polyfill's wrapper where it would do nothing.
import holder from './holder.cjs';

const native = globalThis.browser;

export default native?.runtime?.id ? native : holder.browser;
