import * as migration_20261121_171943_initial from './20261121_171943_initial';

export const migrations = [
  {
    up: migration_20261121_171943_initial.up,
    down: migration_20261121_171943_initial.down,
    name: '20261121_171943_initial'
  },
];
