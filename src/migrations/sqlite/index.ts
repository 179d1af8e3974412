import * as migration_20261122_085532_initial from './20261122_085532_initial';
import * as migration_20261201_201102_locales_parent_index from './20261201_201102_locales_parent_index';

export const migrations = [
  {
    up: migration_20261122_085532_initial.up,
    down: migration_20261122_085532_initial.down,
    name: '20261122_085532_initial',
  },
  {
    up: migration_20261201_201102_locales_parent_index.up,
    down: migration_20261201_201102_locales_parent_index.down,
    name: '20261201_201102_locales_parent_index'
  },
];
