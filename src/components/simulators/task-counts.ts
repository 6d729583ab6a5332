/** How many tasks each simulator has (for the practice hub and the lesson links). */
import { TASKS as pendaftaran } from '../../lib/simulators/pendaftaran/machine';
import { TASKS as pelatihan } from '../../lib/simulators/pelatihan/machine';
import { TASKS as saldo } from '../../lib/simulators/saldo/machine';
import type { SimulatorId } from '../../lib/simulators';

export const TASK_COUNTS: Record<SimulatorId, number> = {
  pendaftaran: pendaftaran.length,
  pelatihan: pelatihan.length,
  saldo: saldo.length,
};
