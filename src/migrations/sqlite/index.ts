import * as migration_20261122_082853_initial from './20261122_082853_initial';

export const migrations = [
  {
    up: migration_20261122_082853_initial.up,
    down: migration_20261122_082853_initial.down,
    name: '20261122_082853_initial'
  },
];
