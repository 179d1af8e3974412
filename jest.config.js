/** Jest runs TypeScript through SWC as native ESM; see README "Tests". */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)\\.js$': '<rootDir>/src/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  // Lexical's plain `node` export uses top-level await that can kill the process; see README.
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'node-addons'] },
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
}

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
    },
  ],
  // Global, not per project: jest ignores testTimeout inside `projects`. Int tests boot a real database.
  testTimeout: 120000,
}
