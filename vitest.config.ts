import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Geometry checks on the 10 m data take seconds on a busy 2-core CI machine.
    testTimeout: 60_000,
  },
});
