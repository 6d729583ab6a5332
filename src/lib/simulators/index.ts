/** The practice simulators, by id: each has a page under /latihan/<id>/ and a machine in src/lib/simulators/. */
export const SIMULATORS = ['pendaftaran', 'pelatihan', 'saldo'] as const;
export type SimulatorId = (typeof SIMULATORS)[number];

export function isSimulator(name: string): name is SimulatorId {
  return (SIMULATORS as readonly string[]).includes(name);
}
