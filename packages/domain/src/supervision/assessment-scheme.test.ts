import { describe, expect, it } from 'vitest';
import { validateScheme, type AssessmentSchemeInput } from './assessment-scheme.js';

const schemeInput: AssessmentSchemeInput = {
  year: 2025,
  weights: { timeliness: 20, completion: 40, quality: 20, indicatorAttainment: 20 },
  bonusItems: [{ code: 'provincial-award', title: '获省专利奖', points: 2 }],
  penaltyItems: [{ code: 'data-error', title: '数据报送错误被通报', points: 1 }],
};

describe('validateScheme', () => {
  it('accepts weights that add up to 100 and fills defaults', () => {
    const result = validateScheme(schemeInput);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scheme).toMatchObject({ lateCredit: 0.5, attainmentCap: 1, notApplicable: 'rescale', deductions: { openNotice: 5, overdueReport: 2, returnedReport: 1 } });
  });

  it('refuses weights that do not add up to 100, saying what they add up to', () => {
    const result = validateScheme({ ...schemeInput, weights: { timeliness: 20, completion: 40, quality: 20, indicatorAttainment: 15 } });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'weights', message: 'the weights add up to 95 (20 + 40 + 20 + 15); they must add up to 100' }],
    });
  });

  it('accepts decimal weights whose float sum is not exactly 100', () => {
    expect(validateScheme({ ...schemeInput, weights: { timeliness: 33.3, completion: 33.3, quality: 33.4, indicatorAttainment: 0 } }).ok).toBe(true);
  });

  it('refuses duplicate item codes and bad field values with their paths', () => {
    const result = validateScheme({
      ...schemeInput,
      lateCredit: 1.5,
      penaltyItems: [{ code: 'provincial-award', title: '重复', points: 1 }],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['lateCredit']);
    const duplicate = validateScheme({ ...schemeInput, penaltyItems: [{ code: 'provincial-award', title: '重复', points: 1 }] });
    expect(duplicate).toEqual({ ok: false, problems: [{ path: 'penaltyItems[0].code', message: 'item code "provincial-award" is used twice' }] });
  });
});
