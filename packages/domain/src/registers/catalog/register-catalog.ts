import { awardRegister } from '../awards/award.fields.js';
import { copyrightRegister } from '../copyrights/copyright.fields.js';
import { economyRegister } from '../economy/economy.fields.js';
import { enforcementRegister } from '../enforcement/enforcement.fields.js';
import { enterpriseRegister } from '../enterprises/enterprise.fields.js';
import { geographicalIndicationRegister } from '../geographical-indications/geographical-indication.fields.js';
import { insuranceRegister } from '../insurance/insurance.fields.js';
import { legalEventImport } from '../patents/legal-event.fields.js';
import { patentRegister } from '../patents/patent.fields.js';
import { pledgeRegister } from '../pledges/pledge.fields.js';
import { populationRegister } from '../population/population.fields.js';
import { serviceAgencyRegister } from '../service-agencies/service-agency.fields.js';
import { talentRegister } from '../talent/talent.fields.js';
import { trademarkRegister } from '../trademarks/trademark.fields.js';
import { trainingRegister } from '../training/training.fields.js';
import type { ImportKind, RegisterDefinition, RegisterKind } from './register-field.js';

/** Every register and import kind, described once (see RegisterDefinition). */
export const registerCatalog: Readonly<Record<ImportKind, RegisterDefinition>> = {
  patents: patentRegister,
  'legal-events': legalEventImport,
  trademarks: trademarkRegister,
  'geographical-indications': geographicalIndicationRegister,
  copyrights: copyrightRegister,
  pledges: pledgeRegister,
  insurance: insuranceRegister,
  enterprises: enterpriseRegister,
  agencies: serviceAgencyRegister,
  talent: talentRegister,
  training: trainingRegister,
  enforcement: enforcementRegister,
  awards: awardRegister,
  economy: economyRegister,
  population: populationRegister,
};

/** How the data area groups the registers, in the plan's order: 创造, 运用, 主体与服务, 保护, 基础数据. */
export const registerGroups: readonly { key: string; zh: string; en: string; kinds: readonly RegisterKind[] }[] = [
  { key: 'creation', zh: '知识产权创造', en: 'Creation', kinds: ['patents', 'trademarks', 'geographical-indications', 'copyrights'] },
  { key: 'utilisation', zh: '知识产权运用', en: 'Utilisation', kinds: ['pledges', 'insurance', 'awards'] },
  { key: 'actors', zh: '主体与服务', en: 'Enterprises and services', kinds: ['enterprises', 'agencies', 'talent', 'training'] },
  { key: 'protection', zh: '知识产权保护', en: 'Protection', kinds: ['enforcement'] },
  { key: 'base', zh: '基础数据', en: 'Base data', kinds: ['population', 'economy'] },
];

/** The plan's "3+X" key industries (任务一：高端装备、新材料、大健康等重点产业); the office may add the X. */
export const defaultKeyIndustries: readonly string[] = ['高端装备', '新材料', '大健康'];
