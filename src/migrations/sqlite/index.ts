import * as migration_20261122_084016_initial from './20261122_084016_initial';

export const migrations = [
  {
    up: migration_20261122_084016_initial.up,
    down: migration_20261122_084016_initial.down,
    name: '20261122_084016_initial'
  },
];
