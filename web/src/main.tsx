import './app/mantine-styles.ts';
import './app/styles.css';
import './public/public.css';

/**
 * The app starts in steps, each a task of its own: React; the texts; the data cache and the
 * session; then Mantine, the router and the pages. In one task the phone would not answer input
 * until all of it had run (Lighthouse's total blocking time). index.html preloads the chunks of
 * every step (vite.config.ts), so the steps add no round trip. A visitor who chose English waits
 * for its texts (a chunk of their own) before the first render.
 */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function boot(container: HTMLElement) {
  await import('react-dom/client');
  await pause();
  const { textsReady } = await import('./app/i18n.ts');
  await pause();
  await import('./app/auth.tsx');
  await pause();
  const { start } = await import('./app/start.tsx');
  await textsReady();
  start(container);
}

const root = document.getElementById('root');
if (root) void boot(root);
