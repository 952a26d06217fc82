import type { IndicatorDefinition } from '../indicator-definition.js';
import {
  copyrightRegistrations,
  effectiveInventionPatentsPer10k,
  enterpriseGrantShare,
  highValueInventionPatentsPer10k,
  inventionGrantShare,
  trademarkRegistrations,
} from './creation-indicators.js';
import {
  introducedProfessionals,
  newHighLevelTalent,
  newServiceAgencies,
  satisfactionScore,
  trainingParticipants,
} from './service-and-talent-indicators.js';
import {
  advantageDemonstrationEnterprises,
  ipIntensiveEnterprises,
  newCertifiedEnterprises,
  patentIntensiveIndustryShare,
  pledgeFinancingAmount,
} from './utilisation-indicators.js';

/** The sixteen indicator definitions behind the Jinhu plan's targets, in the plan's order. */
export const indicatorDefinitions: readonly IndicatorDefinition[] = [
  effectiveInventionPatentsPer10k,
  highValueInventionPatentsPer10k,
  enterpriseGrantShare,
  inventionGrantShare,
  trademarkRegistrations,
  copyrightRegistrations,
  patentIntensiveIndustryShare,
  pledgeFinancingAmount,
  newCertifiedEnterprises,
  advantageDemonstrationEnterprises,
  ipIntensiveEnterprises,
  satisfactionScore,
  newServiceAgencies,
  newHighLevelTalent,
  introducedProfessionals,
  trainingParticipants,
];

const byKey = new Map(indicatorDefinitions.map((d) => [d.key, d]));

export function findIndicatorDefinition(key: string): IndicatorDefinition | undefined {
  return byKey.get(key);
}

export * from './creation-indicators.js';
export * from './utilisation-indicators.js';
export * from './service-and-talent-indicators.js';
