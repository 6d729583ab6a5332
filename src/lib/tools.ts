/** The interactive tools, by name; each has its own page and is linked from lessons with <Tool name="…"/>. */
export const TOOLS = ['cek-syarat', 'rencana-saldo'] as const;
export type ToolName = (typeof TOOLS)[number];

export function isTool(name: string): name is ToolName {
  return (TOOLS as readonly string[]).includes(name);
}
