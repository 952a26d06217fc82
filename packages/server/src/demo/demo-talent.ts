import { personName, weightedPicker, type Cells, type DemoCounty, type DemoEnterprise } from './demo-county.js';
import { datesOf, highLevelTalent, introducedProfessionals, ipPractitioners } from './demo-volumes.js';

/** Talent: 知识产权师 each year, a few introduced professionals, the odd high-level name. */
export function demoTalent(c: DemoCounty, enterprises: readonly DemoEnterprise[]): Cells[] {
  const { random } = c;
  const talent: Cells[] = [];
  const employer = weightedPicker(random, enterprises, (e) => e.size);
  for (const [category, volume] of [['知识产权师', ipPractitioners], ['引进知识产权专业人员', introducedProfessionals], ['知识产权高层次人才', highLevelTalent]] as const) {
    for (const recognisedOn of datesOf(c, volume)) {
      const enterprise = employer();
      talent.push({
        name: personName(random),
        category,
        qualification: category === '知识产权师' ? random.pick(['初级知识产权师', '中级知识产权师']) : category === '知识产权高层次人才' ? '淮安市知识产权领军人才' : '专利代理师',
        recognisedOn,
        employer: enterprise.name,
        region: enterprise.regionName,
      });
    }
  }
  return talent;
}
