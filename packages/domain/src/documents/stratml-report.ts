/**
 * StratML Part 2 (ANSI/AIIM 22:2011, "Performance Plans and Reports"), schema 2.1 of 2010-12-15:
 * the plan as a Performance_Report — its target groups and task groups as Goals, each target an
 * Objective with one quantitative PerformanceIndicator whose MeasurementInstances carry the target
 * (TargetResult) and the actual values by year (ActualResult). Element order and cardinalities
 * follow that schema, so another StratML tool reads the file without this app.
 */
export const STRATML_PART2_NAMESPACE = 'http://www.stratml.net/PerformancePlanOrReport';

export interface StratmlResult {
  description: string;
  value: number | null;
  startDate: string;
  endDate: string;
}

export interface StratmlIndicator {
  code: string;
  name: string;
  description: string;
  unit: string;
  targets: StratmlResult[];
  actuals: StratmlResult[];
}

export interface StratmlGoal {
  code: string;
  name: string;
  description: string;
  indicators: StratmlIndicator[];
  /** Objectives without indicators (the plan's tasks). */
  objectives: { code: string; name: string; description: string; stakeholders: string[] }[];
}

export interface StratmlReportInput {
  name: string;
  description: string;
  organization: { name: string; identifier: string; description: string };
  vision: string;
  goals: StratmlGoal[];
  startDate: string;
  endDate: string;
  publicationDate: string;
  /** Where the data comes from (an absolute URI, or empty). */
  source: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** xsd:ID is an NCName: a letter or underscore first, then letters, digits, '-', '_' and '.'. */
export function stratmlIdentifier(prefix: string, code: string): string {
  return `${prefix}_${code.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function result(tag: 'TargetResult' | 'ActualResult', r: StratmlResult): string {
  return (
    `<${tag}>${element('Description', r.description)}` +
    (r.value === null ? '' : element('NumberOfUnits', String(Math.round(r.value * 10000) / 10000))) +
    `${element('StartDate', r.startDate)}${element('EndDate', r.endDate)}</${tag}>`
  );
}

function indicator(i: StratmlIndicator, seq: number): string {
  const instances =
    i.targets.length || i.actuals.length ? `<MeasurementInstance>${i.targets.map((t) => result('TargetResult', t)).join('')}${i.actuals.map((a) => result('ActualResult', a)).join('')}</MeasurementInstance>` : '';
  return (
    `<Objective>${element('Name', i.name)}${element('Description', i.description)}${element('Identifier', stratmlIdentifier('objective', i.code))}${element('SequenceIndicator', String(seq))}` +
    `<PerformanceIndicator ValueChainStage="Outcome" PerformanceIndicatorType="Quantitative">${element('SequenceIndicator', String(seq))}` +
    `${element('MeasurementDimension', i.name)}${element('UnitOfMeasurement', i.unit)}${element('Identifier', stratmlIdentifier('indicator', i.code))}${instances}</PerformanceIndicator></Objective>`
  );
}

export function stratmlPerformanceReport(input: StratmlReportInput): string {
  const goals = input.goals
    .map((g, gi) => {
      const objectives = [
        ...g.indicators.map((i, n) => indicator(i, n + 1)),
        ...g.objectives.map(
          (o, n) =>
            `<Objective>${element('Name', o.name)}${element('Description', o.description)}${element('Identifier', stratmlIdentifier('objective', o.code))}${element('SequenceIndicator', String(g.indicators.length + n + 1))}` +
            o.stakeholders.map((s) => `<Stakeholder>${element('Name', s)}<Role>${element('Name', '责任单位')}<RoleType>Performer</RoleType></Role></Stakeholder>`).join('') +
            `</Objective>`,
        ),
      ].join('');
      return `<Goal>${element('Name', g.name)}${element('Description', g.description)}${element('Identifier', stratmlIdentifier('goal', g.code))}${element('SequenceIndicator', String(gi + 1))}${objectives}</Goal>`;
    })
    .join('');
  const org = input.organization;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<PerformancePlanOrReport xmlns="${STRATML_PART2_NAMESPACE}" Type="Performance_Report">` +
    `${element('Name', input.name)}${element('Description', input.description)}` +
    `<StrategicPlanCore><Organization>${element('Name', org.name)}${element('Identifier', stratmlIdentifier('organization', org.identifier))}${element('Description', org.description)}</Organization>` +
    `<Vision>${element('Description', input.vision)}</Vision>${goals}</StrategicPlanCore>` +
    `<AdministrativeInformation>${element('StartDate', input.startDate)}${element('EndDate', input.endDate)}${element('PublicationDate', input.publicationDate)}` +
    `${input.source ? element('Source', input.source) : ''}</AdministrativeInformation>` +
    `</PerformancePlanOrReport>\n`
  );
}
