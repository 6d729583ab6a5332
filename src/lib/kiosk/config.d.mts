export interface KioskConfig {
  /** Hex SHA-256 of PIN_SALT + the PIN. */
  pinHash: string;
  pinSalt: string;
  pinLength: number;
  /** True while the PIN is still the documented default (the staff screen then says to change it). */
  defaultPin: boolean;
  idleLessonSeconds: number;
  idleMenuSeconds: number;
  warningSeconds: number;
}
export declare const DEFAULT_PIN: string;
export declare const PIN_SALT: string;
export declare const DEFAULT_PIN_WARNING: string;
export declare function kioskConfig(env: Record<string, string | undefined>): KioskConfig;
