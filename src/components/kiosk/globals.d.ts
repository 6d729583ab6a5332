/** Kiosk settings fixed at build time (astro.config.mjs → src/lib/kiosk/config.mjs). */
declare const __KIOSK_CONFIG__: import('../../lib/kiosk/config.mjs').KioskConfig;
