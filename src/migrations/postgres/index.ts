import * as migration_20261122_085537_initial from './20261122_085537_initial';
import * as migration_20261201_201110_locales_parent_index from './20261201_201110_locales_parent_index';

export const migrations = [
  {
    up: migration_20261122_085537_initial.up,
    down: migration_20261122_085537_initial.down,
    name: '20261122_085537_initial',
  },
  {
    up: migration_20261201_201110_locales_parent_index.up,
    down: migration_20261201_201110_locales_parent_index.down,
    name: '20261201_201110_locales_parent_index'
  },
];
