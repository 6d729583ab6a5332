import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      // The simulators' state machines are held to full coverage: every state and transition is tested.
      include: ['src/lib/simulators/**/*.ts'],
      reporter: ['text-summary', 'text'],
      reportsDirectory: 'test-results/coverage',
      thresholds: { branches: 100, functions: 100, lines: 100, statements: 100 },
    },
  },
});
