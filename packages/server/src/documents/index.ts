// Documents from live data, for the command line.
export { generateAcceptancePackage, type GeneratedPackage } from './generate-acceptance-package.js';
export type { DocumentsContext } from './documents-context.js';
export { operatorUser } from '../common/command-context.js';
export { operatorCountyId } from '../counties/county-of-request.js';
export { generateStatisticalReports, type StatisticalReportsResult } from './statistics/generate-statistical-reports.js';
