import type { OfficialValue } from '../official-values/official-value.js';
import type { Region } from '../plan/plan.schema.js';
import type { AwardRecord } from '../registers/awards/award.js';
import type { CopyrightRegistration } from '../registers/copyrights/copyright-registration.js';
import type { EconomicFigure } from '../registers/economy/economic-data.js';
import type { Enterprise } from '../registers/enterprises/enterprise.js';
import type { Patent } from '../registers/patents/patent.js';
import type { PledgeRegistration } from '../registers/pledges/pledge-registration.js';
import type { PopulationFigure } from '../registers/population/population.js';
import type { ServiceAgency } from '../registers/service-agencies/service-agency.js';
import type { TalentRecord } from '../registers/talent/talent.js';
import type { Trademark } from '../registers/trademarks/trademark.js';
import type { TrainingSession } from '../registers/training/training-session.js';
import type { PatentFacts } from './patent-facts.js';

/**
 * Everything the statistics engine reads. Records carry their plan region, resolved on import
 * through attribution/ (patents by attributePatent, whose rule depends on the grant date).
 * Treat the object as immutable: what the engine derives from it (each patent's facts, high-value
 * day, columns) is kept per object, so evaluating again on the same object skips the replay of a
 * million legal histories.
 *
 * Patents come as records (`patents`), from which the engine derives their facts, or as the facts
 * themselves (`patentFacts`, as a server stores them), which is all the engine needs unless a
 * high-value IPC table is configured (then `patents` too, aligned with the facts).
 */
export interface IndicatorRecords {
  regions: readonly Region[];
  patents?: readonly Patent[];
  /** The patents' facts (patentFactOf for each); used instead of deriving them from `patents` when given. */
  patentFacts?: PatentFacts;
  /**
   * Patent id → plan region code (attributePatents().regions), replacing Patent.region when given;
   * a patent without region (foreign, HK/MO/TW, unresolved) is not counted.
   */
  patentRegions?: ReadonlyMap<string, string>;
  trademarks?: readonly Trademark[];
  copyrights?: readonly CopyrightRegistration[];
  pledges?: readonly PledgeRegistration[];
  enterprises?: readonly Enterprise[];
  serviceAgencies?: readonly ServiceAgency[];
  talent?: readonly TalentRecord[];
  trainingSessions?: readonly TrainingSession[];
  awards?: readonly AwardRecord[];
  population?: readonly PopulationFigure[];
  /** GDP and value added by industry (the platform's estimate of the patent-intensive share). */
  economy?: readonly EconomicFigure[];
  officialValues?: readonly OfficialValue[];
}
