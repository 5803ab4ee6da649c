import * as migration_20261121_170429_initial from './20261121_170429_initial';

export const migrations = [
  {
    up: migration_20261121_170429_initial.up,
    down: migration_20261121_170429_initial.down,
    name: '20261121_170429_initial'
  },
];
