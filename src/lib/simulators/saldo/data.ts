/**
 * Fictional data for the balance-and-incentives simulator: the learner's practice Prakerja profile, the example
 * bank account and e-wallets to link (one that works, one bank, and one for each failure case of facts §4.3),
 * the practice security code, and the short fake survey. None of it belongs to anyone.
 */
import { EXAMPLE_IDENTITY } from '../common';

/** The practice Prakerja account the example accounts are checked against. */
export const PROFILE = {
  name: EXAMPLE_IDENTITY.name,
  nik: EXAMPLE_IDENTITY.nik,
  phone: EXAMPLE_IDENTITY.phone,
} as const;

export type AccountKind = 'ewallet' | 'bank';

export interface Account {
  readonly id: string;
  readonly kind: AccountKind;
  readonly name: string;
  readonly nik: string;
  /** The e-wallet's phone number, or the bank account number. */
  readonly number: string;
  /** E-wallets only: upgraded / premium (verified with KTP and selfie). Banks: always true. */
  readonly upgraded: boolean;
}

/** Region code 3199 does not exist and 08120000xxxx numbers are examples: none of these can be anyone's. */
export const ACCOUNTS: readonly Account[] = [
  { id: 'dompet-budi', kind: 'ewallet', name: PROFILE.name, nik: PROFILE.nik, number: PROFILE.phone, upgraded: true },
  { id: 'bank-budi', kind: 'bank', name: PROFILE.name, nik: PROFILE.nik, number: '0012345678', upgraded: true },
  {
    id: 'dompet-kakak',
    kind: 'ewallet',
    name: 'Siti Contoh',
    nik: '3199010190000002',
    number: '081200000011',
    upgraded: true,
  },
  {
    id: 'dompet-nomor-lain',
    kind: 'ewallet',
    name: PROFILE.name,
    nik: PROFILE.nik,
    number: '081200000022',
    upgraded: true,
  },
  {
    id: 'dompet-belum-upgrade',
    kind: 'ewallet',
    name: PROFILE.name,
    nik: PROFILE.nik,
    number: PROFILE.phone,
    upgraded: false,
  },
];

/** The example e-wallets' security code (PIN), shown on the PIN screen of the practice. */
export const EXAMPLE_PIN = '246810';

/** A review must have at least this many characters. */
export const REVIEW_MIN = 20;

/** The fake evaluation survey: each question with its number of options (the words are in the page's text). */
export const SURVEY: readonly { readonly id: string; readonly options: number }[] = [
  { id: 'kerja', options: 3 },
  { id: 'manfaat', options: 3 },
];
