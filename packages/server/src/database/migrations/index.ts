import type { Migration } from 'kysely';
import * as createPlans from './20261128T0001-create-plans.js';
import * as createAccounts from './20261128T0100-create-accounts.js';
import * as createAuditLog from './20261128T0101-create-audit-log.js';
import * as createWorkPlans from './20261128T0200-create-work-plans.js';
import * as createReports from './20261128T0201-create-reports.js';
import * as createSupervisionLadder from './20261128T0202-create-supervision-ladder.js';
import * as createIndicatorTables from './20261128T0500-create-indicator-tables.js';
import * as createRegisters from './20261129T0300-create-registers.js';
import * as storePatentFacts from './20261129T0600-store-patent-facts.js';
import * as addLadderSettings from './20261130T0200-add-ladder-settings.js';
import * as addServedTargets from './20261130T0400-add-served-targets.js';
import * as economyIndustryKey from './20261207T0100-economy-industry-key.js';
import * as recordImportReadings from './20261207T0200-record-import-readings.js';
import * as addSecurityControls from './20261207T0400-add-security-controls.js';
import * as createEvaluation from './20261207T0600-create-evaluation.js';
import * as createDocuments from './20261207T0700-create-documents.js';
import * as createLedgers from './20261207T0900-create-ledgers.js';
import * as workItemContent from './20261208T0100-work-item-content.js';
import * as noticeDrafts from './20261208T0101-notice-drafts.js';
import * as accountEmail from './20261208T0102-account-email.js';
import * as workPlanDemoFlag from './20261208T0103-work-plan-demo-flag.js';
import * as planRevisionReason from './20261208T0300-plan-revision-reason.js';
import * as createSurveys from './20261208T1200-create-surveys.js';
import * as evaluationDemoFlag from './20261208T1700-evaluation-demo-flag.js';
import * as createIndicatorDashboards from './20261208T1900-create-indicator-dashboards.js';
import * as countyEnglishName from './20261208T2010-county-english-name.js';

/**
 * Every migration, in order. Named <timestamp>-<what>; never edited once landed: add a new one.
 * Listed statically so the bundle needs no file-system scan.
 */
export const migrations: Record<string, Migration> = {
  '20261128T0001-create-plans': createPlans,
  '20261128T0100-create-accounts': createAccounts,
  '20261128T0101-create-audit-log': createAuditLog,
  '20261128T0200-create-work-plans': createWorkPlans,
  '20261128T0201-create-reports': createReports,
  '20261128T0202-create-supervision-ladder': createSupervisionLadder,
  '20261128T0500-create-indicator-tables': createIndicatorTables,
  '20261129T0300-create-registers': createRegisters,
  '20261129T0600-store-patent-facts': storePatentFacts,
  '20261130T0200-add-ladder-settings': addLadderSettings,
  '20261130T0400-add-served-targets': addServedTargets,
  '20261207T0100-economy-industry-key': economyIndustryKey,
  '20261207T0200-record-import-readings': recordImportReadings,
  '20261207T0400-add-security-controls': addSecurityControls,
  '20261207T0600-create-evaluation': createEvaluation,
  '20261207T0700-create-documents': createDocuments,
  '20261207T0900-create-ledgers': createLedgers,
  '20261208T0100-work-item-content': workItemContent,
  '20261208T0101-notice-drafts': noticeDrafts,
  '20261208T0102-account-email': accountEmail,
  '20261208T0103-work-plan-demo-flag': workPlanDemoFlag,
  '20261208T0300-plan-revision-reason': planRevisionReason,
  '20261208T1200-create-surveys': createSurveys,
  '20261208T1700-evaluation-demo-flag': evaluationDemoFlag,
  '20261208T1900-create-indicator-dashboards': createIndicatorDashboards,
  '20261208T2010-county-english-name': countyEnglishName,
};
