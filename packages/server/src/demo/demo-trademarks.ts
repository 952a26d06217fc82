import { addDays } from '@ipcounty/domain';
import { personName, tradeName, weightedPicker, type Cells, type DemoCounty, type DemoEnterprise } from './demo-county.js';
import { datesOf, trademarkFilings } from './demo-volumes.js';

/** The trademark register and the geographical indications (whose marks are registered trademarks too). */
export interface DemoTrademarks {
  trademarks: Cells[];
  geographicalIndications: Cells[];
}

/** Trademarks: about 1,200 registrations a year, most nine months after filing; three geographical-indication marks. */
export function demoTrademarks(c: DemoCounty, enterprises: readonly DemoEnterprise[]): DemoTrademarks {
  const { random, before, county, towns } = c;
  const trademarks: Cells[] = [];
  const markOwner = weightedPicker(random, enterprises, (e) => e.size);
  let markNumber = 20_000_000;
  for (const filing of datesOf(c, trademarkFilings, c.scaled)) {
    const registered = addDays(filing, random.int(200, 330));
    const enterprise = markOwner();
    const byPerson = random.chance(0.15);
    markNumber += random.int(1, 400);
    trademarks.push({
      registrationNumber: String(markNumber),
      mark: `${tradeName(random)}${random.chance(0.3) ? random.pick(['牌', '源', '坊', '记']) : ''}`,
      niceClasses: String(random.pick([7, 9, 11, 29, 30, 31, 35, 1, 2, 5, 10, 17, 19, 42])),
      applicant: byPerson ? personName(random) : enterprise.name,
      applicantAddress: byPerson ? c.residentAddress() : enterprise.address,
      filingDate: filing,
      ...(random.chance(0.88) && before(registered) ? { registrationDate: registered } : {}),
      ...(random.chance(0.01) ? { madrid: '是' } : {}),
    });
  }
  const giMarks: { name: string; kind: string; holder: string; approvedOn: string; region: string }[] = [
    { name: '金湖示例荷藕', kind: '地理标志证明商标', holder: '金湖县示例荷藕产业协会', approvedOn: '2018-09-20', region: towns[3]?.name ?? county.name },
    { name: '金湖示例龙虾', kind: '地理标志集体商标', holder: '金湖县示例水产养殖协会', approvedOn: '2021-05-13', region: towns[4]?.name ?? county.name },
    { name: '金湖示例大米', kind: '地理标志证明商标', holder: '金湖县示例粮食行业协会', approvedOn: '2025-03-27', region: towns[5]?.name ?? county.name },
  ].filter((g) => before(g.approvedOn));
  giMarks.forEach((gi, i) => {
    trademarks.push({ registrationNumber: `1999000${i}`, mark: gi.name, kind: gi.kind.replace('地理标志', ''), geographicalIndication: '是', niceClasses: '31', applicant: gi.holder, applicantAddress: `${c.addressPrefix}${gi.region}`, filingDate: addDays(gi.approvedOn, -300), registrationDate: gi.approvedOn });
  });
  const geographicalIndications: Cells[] = giMarks.map((gi, i) => ({
    number: `1999000${i}`,
    name: gi.name,
    kind: gi.kind,
    approvedOn: gi.approvedOn,
    holder: gi.holder,
    region: gi.region,
    authorisedUsers: enterprises.slice(i * 5, i * 5 + 4).map((e) => e.name).join('；'),
  }));
  return { trademarks, geographicalIndications };
}
