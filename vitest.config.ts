import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The fuzz tests try thousands of inputs; on a busy two-core machine one can pass 5 s.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      // Held to full coverage: the simulators' state machines (every state and transition), and the progress
      // code and merge (what carries a learner's progress between devices).
      include: [
        'src/lib/simulators/**/*.ts',
        'src/lib/progress/code.ts',
        'src/lib/progress/code-layout.ts',
        'src/lib/progress/merge.ts',
      ],
      reporter: ['text-summary', 'text'],
      reportsDirectory: 'test-results/coverage',
      thresholds: { branches: 100, functions: 100, lines: 100, statements: 100 },
    },
  },
});
