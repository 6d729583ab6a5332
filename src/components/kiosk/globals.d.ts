import type { KioskConfig } from '../../lib/kiosk/config.mjs';

declare global {
  /** Kiosk settings fixed at build time (astro.config.mjs → src/lib/kiosk/config.mjs). */
  const __KIOSK_CONFIG__: KioskConfig;
}
