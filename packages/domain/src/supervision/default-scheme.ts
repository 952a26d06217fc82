import { assessmentSchemeSchema, type AssessmentScheme } from './assessment-scheme.js';

/**
 * The scheme a year is assessed under until the office sets its own: the four components the
 * plan's 六(三) names (按时报送, 任务完成, 工作质量, 指标完成) weighted 30/30/20/20, a late report
 * earning half, overshooting a target earning nothing extra. A component with nothing to measure
 * is 不参评 and the others are scaled up to 100; each open 督办单 costs 5 points, each report missing
 * past its round 2 and each returned report not yet resubmitted 1. No bonus or penalty items.
 */
export function defaultAssessmentScheme(year: number): AssessmentScheme {
  return assessmentSchemeSchema.parse({
    year,
    weights: { timeliness: 30, completion: 30, quality: 20, indicatorAttainment: 20 },
  });
}
