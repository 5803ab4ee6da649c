import * as migration_20261121_173448_initial from './20261121_173448_initial';
import * as migration_20261121_182000_search from './20261121_182000_search';
import * as migration_20261121_195657_redirects from './20261121_195657_redirects';
import * as migration_20261201_220220_media_storage from './20261201_220220_media_storage';
import * as migration_20261201_223054_workflow_schedules from './20261201_223054_workflow_schedules';
import * as migration_20261201_223511_trash from './20261201_223511_trash';
import * as migration_20261202_012357_import_jobs from './20261202_012357_import_jobs';
import * as migration_20261205_220000_search_text from './20261205_220000_search_text';
import * as migration_20261205_220910_version_workflow_events from './20261205_220910_version_workflow_events';
import * as migration_20261205_221000_live_count_indexes from './20261205_221000_live_count_indexes';
import * as migration_20261206_054500_inline_short_columns from './20261206_054500_inline_short_columns';

export const migrations = [
  {
    up: migration_20261121_173448_initial.up,
    down: migration_20261121_173448_initial.down,
    name: '20261121_173448_initial',
  },
  {
    up: migration_20261121_182000_search.up,
    down: migration_20261121_182000_search.down,
    name: '20261121_182000_search',
  },
  {
    up: migration_20261121_195657_redirects.up,
    down: migration_20261121_195657_redirects.down,
    name: '20261121_195657_redirects',
  },
  {
    up: migration_20261201_220220_media_storage.up,
    down: migration_20261201_220220_media_storage.down,
    name: '20261201_220220_media_storage',
  },
  {
    up: migration_20261201_223054_workflow_schedules.up,
    down: migration_20261201_223054_workflow_schedules.down,
    name: '20261201_223054_workflow_schedules',
  },
  {
    up: migration_20261201_223511_trash.up,
    down: migration_20261201_223511_trash.down,
    name: '20261201_223511_trash',
  },
  {
    up: migration_20261202_012357_import_jobs.up,
    down: migration_20261202_012357_import_jobs.down,
    name: '20261202_012357_import_jobs',
  },
  {
    up: migration_20261205_220000_search_text.up,
    down: migration_20261205_220000_search_text.down,
    name: '20261205_220000_search_text',
  },
  {
    up: migration_20261205_220910_version_workflow_events.up,
    down: migration_20261205_220910_version_workflow_events.down,
    name: '20261205_220910_version_workflow_events',
  },
  {
    up: migration_20261205_221000_live_count_indexes.up,
    down: migration_20261205_221000_live_count_indexes.down,
    name: '20261205_221000_live_count_indexes',
  },
  {
    up: migration_20261206_054500_inline_short_columns.up,
    down: migration_20261206_054500_inline_short_columns.down,
    name: '20261206_054500_inline_short_columns',
  },
];
