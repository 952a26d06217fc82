import { findIndicatorDefinition, type Indicator, type IndicatorDefinition, type Plan, type TargetGroup } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';

/** A target of the plan with the definition (统计口径) it is computed by. */
export interface CatalogEntry {
  indicator: Indicator;
  group: TargetGroup;
  definition: IndicatorDefinition;
}

/**
 * The plan's targets in the plan's order, each with its definition. A target whose `definition`
 * names none the engine knows is left out of the statistics (the plan loader has already told
 * the office so).
 */
export function indicatorCatalog(plan: Plan): CatalogEntry[] {
  return plan.targetGroups.flatMap((group) =>
    group.indicators.flatMap((indicator) => {
      const definition = findIndicatorDefinition(indicator.definition ?? indicator.code);
      return definition ? [{ indicator, group, definition }] : [];
    }),
  );
}

export function catalogEntry(plan: Plan, code: string): CatalogEntry {
  const entry = indicatorCatalog(plan).find((e) => e.indicator.code === code);
  if (!entry) throw new AppError(404, 'unknown_indicator', `The plan has no indicator "${code}"`, undefined, { code });
  return entry;
}

/** The distinct definitions of a plan, each once (two targets may share one). */
export function planDefinitions(plan: Plan): IndicatorDefinition[] {
  return [...new Map(indicatorCatalog(plan).map((e) => [e.definition.key, e.definition])).values()];
}

/** Whether a definition is only ever reported (满意度, 专利密集型产业占比), never computed. */
export function isReported(definition: IndicatorDefinition): boolean {
  return definition.formula.kind === 'reported';
}
