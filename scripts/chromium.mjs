/**
 * The system Chromium (Debian's `chromium`; never a downloaded browser) and the launch flags that
 * work as root in this closed network (../shared/docs/platform.md). Shared by Playwright and the bench.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The one flag WebGPU needs here; the adapter is then SwiftShader (software), which the app detects.
  '--enable-unsafe-webgpu',
];
