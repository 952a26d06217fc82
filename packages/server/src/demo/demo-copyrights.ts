import { personName, weightedPicker, type Cells, type DemoCounty, type DemoEnterprise } from './demo-county.js';
import { datesOf, softwareRegistrations, workRegistrations } from './demo-volumes.js';

/** Copyright: works and software kept apart. */
export function demoCopyrights(c: DemoCounty, enterprises: readonly DemoEnterprise[]): Cells[] {
  const { random } = c;
  const copyrights: Cells[] = [];
  const copyrightOwner = weightedPicker(random, enterprises, (e) => e.size);
  for (const [kind, volume] of [['作品', workRegistrations], ['计算机软件', softwareRegistrations]] as const) {
    for (const on of datesOf(c, volume, c.scaled)) {
      const year = on.slice(0, 4);
      const enterprise = copyrightOwner();
      const byPerson = kind === '作品' && random.chance(0.4);
      copyrights.push({
        registrationNumber: kind === '作品' ? `苏作登字-${year}-${random.pick(['A', 'F', 'L'])}-${String(copyrights.length + 1).padStart(8, '0')}` : `${year}SR${String(copyrights.length + 1).padStart(7, '0')}`,
        kind,
        ...(kind === '作品' ? { workCategory: random.pick(['美术', '摄影', '文字', '图形', '影视']) } : {}),
        title: kind === '作品' ? `${random.pick(['金湖', '荷都', '湖城', '水韵'])}${random.pick(['风光', '文创', '印象', '四季', '标志'])}${random.int(1, 99)}` : `${random.pick(['智能', '生产', '设备', '质量'])}${random.pick(['管理系统', '监控平台', '控制软件'])}V${random.int(1, 5)}.0`,
        owners: byPerson ? personName(random) : enterprise.name,
        ownerAddress: byPerson ? c.residentAddress() : enterprise.address,
        registeredOn: on,
        authority: kind === '作品' ? '江苏省版权局' : '中国版权保护中心',
      });
    }
  }
  return copyrights;
}
