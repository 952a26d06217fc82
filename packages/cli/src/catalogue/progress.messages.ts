import { count, type Catalogue } from './catalogue.js';

const zh = {
  phase: { reading: '读取并检查', writing: '写入', done: '完成' },
  /** Columns the phase takes on a terminal, so the bar does not jump between phases. */
  phaseWidth: 5,
  rows: (done: number, total: number | null | undefined) => `${count(done)}${total ? `/${count(total)}` : ''} 行`,
};

const en: typeof zh = {
  phase: { reading: 'reading', writing: 'writing', done: 'done' },
  phaseWidth: 7,
  rows: (done, total) => `${count(done)}${total ? `/${count(total)}` : ''} rows`,
};

export const progressMessages: Catalogue<typeof zh> = { 'zh-CN': zh, en };
