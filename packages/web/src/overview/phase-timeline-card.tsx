import { phaseAt, planProgress, type Phase } from '@ipcounty/domain';
import { CheckCircleFilled, ClockCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Card, Progress, Tag } from 'antd';
import { useMemo } from 'react';
import { formatYearMonth } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { phaseName } from '../i18n/phase-name.js';
import { usePlan } from '../plan/plan-context.js';

function monthNumber(yearMonth: string): number {
  const [year, month] = yearMonth.split('-').map(Number);
  return (year ?? 0) * 12 + (month ?? 1) - 1;
}

interface Segment {
  phase: Phase;
  /** Share of the bar before the phase and the phase's own share, 0..1, by whole months. */
  offset: number;
  width: number;
}

function segmentsOf(phases: Phase[]): Segment[] {
  const first = Math.min(...phases.map((p) => monthNumber(p.start)));
  const afterLast = Math.max(...phases.map((p) => monthNumber(p.end) + 1));
  const span = afterLast - first;
  return phases.map((phase) => ({
    phase,
    offset: (monthNumber(phase.start) - first) / span,
    width: (monthNumber(phase.end) + 1 - monthNumber(phase.start)) / span,
  }));
}

const percent = (share: number) => Math.floor(share * 100);

/** 实施进度: the plan's phases on one bar, today's position on it, and what each phase delivers. */
export function PhaseTimelineCard() {
  const { t, locale } = useI18n();
  const { plan, health } = usePlan();
  const today = health.today;
  const segments = useMemo(() => segmentsOf(plan.phases), [plan.phases]);
  const current = phaseAt(plan, today);
  const overall = planProgress(plan, today);

  // The marker sits inside its phase's segment so it agrees with the bar drawn in months.
  const currentSegment = current ? segments[current.index] : undefined;
  const marker = current && currentSegment ? currentSegment.offset + current.progress * currentSegment.width : overall;
  // Phases before this index are over; after the plan's end every phase is.
  const currentIndex = current ? current.index : overall >= 1 ? plan.phases.length : -1;
  const stateOf = (index: number) =>
    index < currentIndex ? 'is-past' : index === currentIndex ? 'is-current' : 'is-future';

  const status = current
    ? t('timeline.phaseProgress', { percent: percent(current.progress) })
    : overall >= 1
      ? t('timeline.afterPlan')
      : t('timeline.beforePlan');

  return (
    <Card
      size="small"
      title={t('timeline.title')}
      extra={
        <span className="timeline-summary">
          {current && (
            <Tag color="processing" data-testid="current-phase">
              {t('timeline.current', { phase: phaseName(current.phase, locale, t) })}
            </Tag>
          )}
          <span className="muted">{status}</span>
        </span>
      }
    >
      <div className="timeline-bar" aria-hidden>
        {segments.map(({ phase, offset, width }, index) => (
          <div
            key={phase.code}
            className={`timeline-segment ${stateOf(index)}`}
            style={{ left: `${offset * 100}%`, width: `${width * 100}%` }}
          />
        ))}
        <div className="timeline-today" style={{ left: `${marker * 100}%` }}>
          <span className="timeline-today-label">
            {t('timeline.today')} {today}
          </span>
        </div>
        {/* Names above the marker line so it never crosses them out. */}
        {segments.map(({ phase, offset, width }, index) => (
          <div
            key={phase.code}
            className={`timeline-segment-label ${stateOf(index)}`}
            style={{ left: `${offset * 100}%`, width: `${width * 100}%` }}
            title={phaseName(phase, locale, t)}
          >
            {phaseName(phase, locale, t)}
          </div>
        ))}
      </div>
      <Progress
        percent={percent(overall)}
        size="small"
        showInfo={false}
        className="timeline-progress"
        aria-label={t('timeline.planProgress', { percent: percent(overall) })}
      />
      <div className="muted timeline-progress-text">{t('timeline.planProgress', { percent: percent(overall) })}</div>
      <ol className="timeline-phases">
        {plan.phases.map((phase, index) => (
          <li key={phase.code} className={`timeline-phase ${stateOf(index)}`}>
            <div className="timeline-phase-name">
              {index < currentIndex ? (
                <CheckCircleFilled className="timeline-phase-icon" />
              ) : index === currentIndex ? (
                <SyncOutlined className="timeline-phase-icon" />
              ) : (
                <ClockCircleOutlined className="timeline-phase-icon" />
              )}
              <span data-testid="phase" data-current={index === current?.index ? 'true' : 'false'}>
                {phaseName(phase, locale, t)}
              </span>
            </div>
            <div className="timeline-phase-range">
              {t('timeline.range', {
                start: formatYearMonth(phase.start, locale),
                end: formatYearMonth(phase.end, locale),
              })}
            </div>
            {phase.deliverables.length > 0 ? (
              <ul className="timeline-deliverables">
                {phase.deliverables.map((deliverable) => (
                  <li key={deliverable}>{deliverable}</li>
                ))}
              </ul>
            ) : (
              <div className="muted">{t('timeline.noDeliverables')}</div>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
