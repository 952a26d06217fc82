import type { Region } from '../../plan/plan.schema.js';

/** Part of Jinhu's regions as plans/jinhu-2024-2026.yaml lists them. */
export const jinhuRegions: Region[] = [
  { code: 'jinhu', name: '金湖县', kind: 'county', aliases: ['江苏省金湖县', '淮安市金湖县'] },
  { code: 'licheng', name: '黎城街道', kind: 'street', parent: 'jinhu', aliases: ['黎城镇'] },
  { code: 'jinbei', name: '金北街道', kind: 'street', parent: 'jinhu', aliases: ['金北镇', '陈桥镇'] },
  { code: 'yintu', name: '银涂镇', kind: 'town', parent: 'jinhu', aliases: ['银集镇', '涂沟镇'] },
  {
    code: 'development-zone',
    name: '江苏金湖经济开发区',
    kind: 'development-zone',
    parent: 'jinhu',
    aliases: ['开发区', '金湖经济开发区', '金湖开发区'],
  },
];
