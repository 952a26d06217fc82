import { ExpertsPanel } from './experts-panel.js';

/** 专家库 (the office). */
export function ExpertsPage() {
  return <ExpertsPanel />;
}
