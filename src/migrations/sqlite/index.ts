import * as migration_20261122_085532_initial from './20261122_085532_initial';
import * as migration_20261201_201102_locales_parent_index from './20261201_201102_locales_parent_index';
import * as migration_20261202_045602_audit_log from './20261202_045602_audit_log';
import * as migration_20261202_053850_review_workflow from './20261202_053850_review_workflow';
import * as migration_20261202_063155_users_no_lockout from './20261202_063155_users_no_lockout';
import * as migration_20261202_072751_job_leases from './20261202_072751_job_leases';
import * as migration_20261202_082625_snippet_review from './20261202_082625_snippet_review';
import * as migration_20261202_085610_brand_status from './20261202_085610_brand_status';
import * as migration_20261202_092252_admin_titles_saved_views from './20261202_092252_admin_titles_saved_views';
import * as migration_20261202_122454_programs_website_edge from './20261202_122454_programs_website_edge';
import * as migration_20261202_125123_program_admin_titles from './20261202_125123_program_admin_titles';

export const migrations = [
  {
    up: migration_20261122_085532_initial.up,
    down: migration_20261122_085532_initial.down,
    name: '20261122_085532_initial',
  },
  {
    up: migration_20261201_201102_locales_parent_index.up,
    down: migration_20261201_201102_locales_parent_index.down,
    name: '20261201_201102_locales_parent_index',
  },
  {
    up: migration_20261202_045602_audit_log.up,
    down: migration_20261202_045602_audit_log.down,
    name: '20261202_045602_audit_log',
  },
  {
    up: migration_20261202_053850_review_workflow.up,
    down: migration_20261202_053850_review_workflow.down,
    name: '20261202_053850_review_workflow',
  },
  {
    up: migration_20261202_063155_users_no_lockout.up,
    down: migration_20261202_063155_users_no_lockout.down,
    name: '20261202_063155_users_no_lockout',
  },
  {
    up: migration_20261202_072751_job_leases.up,
    down: migration_20261202_072751_job_leases.down,
    name: '20261202_072751_job_leases',
  },
  {
    up: migration_20261202_082625_snippet_review.up,
    down: migration_20261202_082625_snippet_review.down,
    name: '20261202_082625_snippet_review',
  },
  {
    up: migration_20261202_085610_brand_status.up,
    down: migration_20261202_085610_brand_status.down,
    name: '20261202_085610_brand_status',
  },
  {
    up: migration_20261202_092252_admin_titles_saved_views.up,
    down: migration_20261202_092252_admin_titles_saved_views.down,
    name: '20261202_092252_admin_titles_saved_views',
  },
  {
    up: migration_20261202_122454_programs_website_edge.up,
    down: migration_20261202_122454_programs_website_edge.down,
    name: '20261202_122454_programs_website_edge',
  },
  {
    up: migration_20261202_125123_program_admin_titles.up,
    down: migration_20261202_125123_program_admin_titles.down,
    name: '20261202_125123_program_admin_titles'
  },
];
