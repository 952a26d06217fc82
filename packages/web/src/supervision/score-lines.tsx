import type { ScoreLine, UnitFacts, UnitScore } from '@ipcounty/domain';
import { Table, Typography } from 'antd';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import type { DeductionCause } from '@ipcounty/domain';
import { useFigureName } from './supervision-labels.js';

const componentKey: Record<Exclude<ScoreLine['kind'], 'bonus' | 'penalty' | 'deduction'>, MessageKey> = {
  timeliness: 'supervision.score.timeliness',
  completion: 'supervision.score.completion',
  quality: 'supervision.score.quality',
  indicatorAttainment: 'supervision.score.indicatorAttainment',
  rescale: 'supervision.score.rescale',
};

const deductionKey: Record<DeductionCause, MessageKey> = {
  openNotice: 'supervision.deduction.openNotice',
  overdueReport: 'supervision.deduction.overdueReport',
  returnedReport: 'supervision.deduction.returnedReport',
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A unit's score explained line by line: what was measured (in the interface language, from the
 * unit's facts), how the points follow (the scheme's arithmetic as the server computed it), the points.
 */
export function ScoreLines({ score, facts }: { score: UnitScore; facts?: UnitFacts }) {
  const { t } = useI18n();
  const figureName = useFigureName();

  const label = (line: ScoreLine) => {
    if (line.kind === 'bonus' || line.kind === 'penalty') return line.label;
    if (line.kind === 'deduction') return line.deduction ? t(deductionKey[line.deduction.cause]) : line.label;
    return t(componentKey[line.kind]);
  };
  const measure = (line: ScoreLine): string => {
    if (line.deduction) return t('supervision.measure.times', { count: line.deduction.count });
    if (!facts) return line.measure;
    switch (line.kind) {
      case 'timeliness': {
        const { expected, onTime, late } = facts.reports;
        return expected === 0 ? t('supervision.measure.noReports') : t('supervision.measure.timeliness', { onTime, late, expected, missing: expected - onTime - late });
      }
      case 'completion':
        return facts.workItems.due === 0 ? t('supervision.measure.noItems') : t('supervision.measure.completion', { ...facts.workItems });
      case 'quality': {
        const scores = facts.qualityScores;
        if (scores.length === 0) return t('supervision.measure.noQuality');
        return t('supervision.measure.quality', { scores: scores.join('、'), mean: round2(scores.reduce((a, b) => a + b, 0) / scores.length) });
      }
      case 'indicatorAttainment':
        return facts.indicators.length === 0
          ? t('supervision.measure.noIndicator')
          : facts.indicators.map((i) => t('supervision.measure.indicator', { name: figureName(i.indicatorCode), actual: i.actual, target: i.target })).join('；');
      case 'rescale': {
        const applicable = /^components worth ([\d.]+) of 100 points apply$/.exec(line.measure);
        return applicable ? t('supervision.measure.rescale', { weight: applicable[1]! }) : line.measure;
      }
      default: {
        const times = /^(\d+) times?/.exec(line.measure);
        return times ? line.measure.replace(times[0], t('supervision.measure.times', { count: times[1]! })) : line.measure;
      }
    }
  };
  const formula = (line: ScoreLine): string => {
    if (line.deduction) return t('supervision.formula.deduction', { each: line.deduction.pointsEach, count: line.deduction.count });
    if (!line.applicable) return /full/.test(line.formula) ? t('supervision.formula.fullPoints', { points: line.points }) : t('supervision.formula.leftOut');
    if (line.kind === 'rescale' && /^no component applies/.test(line.formula)) return t('supervision.formula.noneApplies');
    const capped = /^capped at ([\d.]+): (.+)$/.exec(line.formula);
    return capped ? t('supervision.formula.capped', { cap: capped[1]!, change: capped[2]! }) : line.formula.replace(/mean\(/g, t('supervision.formula.mean') + '(');
  };

  return (
    <Table<ScoreLine & { key: number }>
      size="small"
      pagination={false}
      // On a phone the table scrolls in its card at this width, so what was measured and the
      // arithmetic keep a readable column each instead of a few characters a line.
      scroll={{ x: 640 }}
      dataSource={score.lines.map((line, key) => ({ ...line, key }))}
      data-testid="score-lines"
      columns={[
        { title: t('supervision.score.item'), render: (_, line) => label(line), width: 130 },
        { title: t('supervision.score.measure'), render: (_, line) => measure(line) },
        { title: t('supervision.score.formula'), render: (_, line) => <span className="score-formula">{formula(line)}</span> },
        { title: t('supervision.score.points'), dataIndex: 'points', align: 'right', width: 80, render: (points: number) => points.toFixed(2) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={3}>
            <Typography.Text strong>{t('supervision.score.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <Typography.Text strong data-testid="score-total">
              {score.total.toFixed(2)}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
