import { fromBands, type Cells, type DemoCounty } from './demo-county.js';
import { datesOf, trainingSessions, trainingSizeBands } from './demo-volumes.js';

/** Training: five or six sessions a year of 25–120 people. */
export function demoTraining(c: DemoCounty): Cells[] {
  const { random, county } = c;
  return datesOf(c, trainingSessions).map((heldOn, i, all) => {
    const numberInYear = all.slice(0, i + 1).filter((d) => d.slice(0, 4) === heldOn.slice(0, 4)).length;
    return {
      title: `${random.pick(['企业知识产权管理', '专利挖掘与布局', '商标品牌培育', '知识产权行政执法', '知识产权质押融资', '高价值专利培育'])}${random.pick(['培训班', '专题讲座', '实务培训'])}（${heldOn.slice(0, 4)}年第${numberInYear}期）`,
      heldOn,
      participants: String(fromBands(random, trainingSizeBands)),
      audiences: random.pick(['企业高管', '管理人员；执法人员', '知识产权师', '企业高管；知识产权师']),
      organiser: random.weighted([['县市场监管局', 6], ['县科技局', 1], ['县工信局', 1], ['江苏金湖经济开发区管委会', 2]] as const),
      region: random.chance(0.7) ? county.name : c.residentTown().name,
    };
  });
}
