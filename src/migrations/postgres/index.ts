import * as migration_20261122_085537_initial from './20261122_085537_initial';

export const migrations = [
  {
    up: migration_20261122_085537_initial.up,
    down: migration_20261122_085537_initial.down,
    name: '20261122_085537_initial'
  },
];
