/// <reference types="vite-plugin-pwa/client" />
/**
 * Offline use: registers the service worker that vite-plugin-pwa builds (vite.config.ts), which
 * precaches the app shell, the MNIST asset and the shipped runs. A new version installs in the
 * background and waits until every tab of the playground is closed, so it never reloads a page
 * under the user's work (the set-up is saved in IndexedDB anyway); the page says so once.
 */
import { registerSW } from 'virtual:pwa-register';
import { useDamStore } from '../store';

export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({
    onNeedRefresh() {
      useDamStore
        .getState()
        .notify('A new version is ready. It opens once every tab of the playground is closed.');
    },
    // Nothing here asks a waiting worker to skip waiting; should one take over anyway (another
    // tool, the devtools), the page is not reloaded under the user: it only says so.
    onNeedReload() {
      useDamStore.getState().notify('A new version has taken over. Reload when it suits you.');
    },
    onRegisterError(err: unknown) {
      console.warn('The offline copy could not be set up:', err);
    },
  });
}
