import {
  copyrightRegister,
  enterpriseRegister,
  fieldOf,
  formatFenAsYuan,
  isQueryChoice,
  resolveSettings,
  type IndicatorDefinition,
  patentRegister,
  pledgeRegister,
  serviceAgencyRegister,
  talentRegister,
  trademarkRegister,
  trainingRegister,
  type IndicatorRecords,
  type Patent,
  type RecordKind,
  type RegisterDefinition,
  type SettingOverrides,
  type SummaryColumn,
} from '@ipcounty/domain';
import type { TableRecord } from '../files/table-writer.js';
import type { CountySnapshot } from './county-snapshot.js';

/** The records behind the indicator's number: the register its rule counts (a setting may choose it), or reported values. */
export function recordKindOf(definition: IndicatorDefinition, overrides: SettingOverrides | undefined): RecordKind {
  const formula = definition.formula;
  if (formula.kind === 'reported') return 'reported-values';
  const query = formula.kind === 'ratio' ? formula.numerator : formula.of;
  if (!isQueryChoice(query)) return query.records;
  const choice = resolveSettings(definition, overrides).get<string>(query.bySetting);
  return (query.cases[choice] ?? Object.values(query.cases)[0])?.records ?? 'patents';
}

/** The register list page of the web app (/data/<register>) that shows each kind of record. */
export const registerOf: Readonly<Record<RecordKind, string | null>> = {
  patents: 'patents',
  trademarks: 'trademarks',
  copyrights: 'copyrights',
  pledges: 'pledges',
  'enterprise-certifications': 'enterprises',
  'enterprise-titles': 'enterprises',
  'ip-intensive-recognitions': 'enterprises',
  'service-agencies': 'service-agencies',
  talent: 'talent',
  'training-sessions': 'training-sessions',
  'reported-values': null,
};

/** A kind of record as a table: its columns, and rows for the records asked for, in the order asked. */
export interface RecordTable {
  columns: SummaryColumn[];
  rows(ids: readonly string[]): Promise<TableRecord[]>;
}

const column = (key: string, zh: string, en: string): SummaryColumn => ({ key, zh, en });

/**
 * Rows by a scan of the register for the ids wanted: no index of a million records is kept, and
 * a page of a drill-down costs one pass over an array.
 */
function table<T extends { id: string }>(columns: SummaryColumn[], records: readonly T[], row: (record: T) => TableRecord): RecordTable {
  return {
    columns,
    rows: (ids) => {
      const wanted = new Set(ids);
      const found = new Map<string, TableRecord>();
      for (const record of records) if (wanted.has(record.id)) found.set(record.id, { id: record.id, ...row(record) });
      return Promise.resolve(
        ids.flatMap((id) => {
          const r = found.get(id);
          return r ? [r] : [];
        }),
      );
    },
  };
}

type Cell = TableRecord[string];

/** A column of the table and how a record fills it. */
type Shown<T> = readonly [SummaryColumn, (record: T) => Cell];

/**
 * A column that shows a field of the register, headed as the register names it (the template's
 * header and the field's English name, `*.fields.ts`), under `as` when the table calls it otherwise.
 */
function field<T>(register: RegisterDefinition, key: string, cell: (record: T) => Cell, as = key): Shown<T> {
  const described = fieldOf(register, key);
  return [column(as, described.labels[0] ?? key, described.en), cell];
}

/** 归属地区: where the record was placed (by its address, or the office's assignment), not the town typed in the file. */
const regionColumn = column('region', '归属地区', 'Region');

/** The option's Chinese name (发明 for invention), as the register's field lists it. */
const optionName = (register: RegisterDefinition, key: string, value: string) => fieldOf(register, key).options?.find((o) => o.value === value)?.zh ?? value;

/** A register as a table of the columns shown, the region (as placed) last but for dates. */
function shownTable<T extends { id: string; region?: string | undefined }>(
  records: readonly T[] | undefined,
  region: (code: string | undefined) => string | null,
  before: readonly Shown<T>[],
  after: readonly Shown<T>[] = [],
): RecordTable {
  const shown: readonly Shown<T>[] = [...before, [regionColumn, (r) => region(r.region)], ...after];
  return table(
    shown.map(([c]) => c),
    records ?? [],
    (record) => Object.fromEntries(shown.map(([c, cell]) => [c.key, cell(record)])),
  );
}

function registerTable(kind: Exclude<RecordKind, 'reported-values'>, records: IndicatorRecords, snapshot: CountySnapshot): RecordTable {
  const region = (code: string | undefined) => (code ? (snapshot.regionNames.get(code) ?? code) : null);
  switch (kind) {
    case 'patents': {
      const placed = records.patentRegions;
      const shown: readonly Shown<Patent>[] = [
        field(patentRegister, 'applicationNumber', (p) => p.applicationNumber),
        field(patentRegister, 'title', (p) => p.title),
        field(patentRegister, 'type', (p) => optionName(patentRegister, 'type', p.type)),
        [column('party', '第一申请人（专利权人）', 'First applicant (patentee)'), (p) => (p.applicants[0] ?? p.patentees[0])?.name ?? null],
        [regionColumn, (p) => region(placed ? placed.get(p.id) : p.region)],
        field(patentRegister, 'filingDate', (p) => p.filingDate),
        field(patentRegister, 'grantDate', (p) => p.grant?.date ?? null),
      ];
      const row = (p: Patent): TableRecord => ({ id: p.id, ...Object.fromEntries(shown.map(([c, cell]) => [c.key, cell(p)])) });
      // The patents may be loaded as their facts only: the page asked for is read when asked.
      return { columns: shown.map(([c]) => c), rows: async (ids) => (await snapshot.patents(ids)).map(row) };
    }
    case 'trademarks':
      return shownTable(
        records.trademarks,
        region,
        [
          field(trademarkRegister, 'registrationNumber', (t) => t.registrationNumber),
          field(trademarkRegister, 'mark', (t) => t.mark ?? null),
          field(trademarkRegister, 'applicant', (t) => t.applicant.name, 'party'),
        ],
        [field(trademarkRegister, 'registrationDate', (t) => t.registrationDate ?? null)],
      );
    case 'copyrights':
      return shownTable(
        records.copyrights,
        region,
        [
          field(copyrightRegister, 'registrationNumber', (c) => c.registrationNumber),
          field(copyrightRegister, 'title', (c) => c.title),
          field(copyrightRegister, 'kind', (c) => optionName(copyrightRegister, 'kind', c.kind)),
          field(copyrightRegister, 'owners', (c) => c.owners[0]?.name ?? null, 'party'),
        ],
        [field(copyrightRegister, 'registeredOn', (c) => c.registeredOn)],
      );
    case 'pledges':
      return shownTable(
        records.pledges,
        region,
        [
          field(pledgeRegister, 'registrationNumber', (p) => p.registrationNumber),
          field(pledgeRegister, 'pledgor', (p) => p.pledgor.name, 'party'),
          field(pledgeRegister, 'pledgee', (p) => p.pledgee),
          [column('amountYuan', '质押金额（元）', 'Amount (yuan)'), (p) => formatFenAsYuan(p.amountFen)],
          field(pledgeRegister, 'ipType', (p) => p.ipType),
        ],
        [field(pledgeRegister, 'registeredOn', (p) => p.registeredOn)],
      );
    case 'enterprise-certifications':
    case 'enterprise-titles':
    case 'ip-intensive-recognitions':
      return shownTable(records.enterprises, region, [
        field(enterpriseRegister, 'name', (e) => e.name),
        field(enterpriseRegister, 'creditCode', (e) => e.creditCode),
        field(enterpriseRegister, 'keyIndustry', (e) => e.keyIndustry ?? null),
      ]);
    case 'service-agencies':
      return shownTable(
        records.serviceAgencies,
        region,
        [field(serviceAgencyRegister, 'name', (a) => a.name), field(serviceAgencyRegister, 'kind', (a) => a.kind)],
        [field(serviceAgencyRegister, 'establishedOn', (a) => a.establishedOn), field(serviceAgencyRegister, 'closedOn', (a) => a.closedOn ?? null)],
      );
    case 'talent':
      return shownTable(
        records.talent,
        region,
        [
          field(talentRegister, 'name', (t) => t.name),
          field(talentRegister, 'qualification', (t) => t.qualification ?? null),
          field(talentRegister, 'employer', (t) => t.employer ?? null),
        ],
        [field(talentRegister, 'recognisedOn', (t) => t.recognisedOn)],
      );
    case 'training-sessions':
      return shownTable(records.trainingSessions, region, [
        field(trainingRegister, 'title', (s) => s.title),
        field(trainingRegister, 'heldOn', (s) => s.heldOn),
        field(trainingRegister, 'participants', (s) => s.participants),
        field(trainingRegister, 'organiser', (s) => s.organiser),
      ]);
  }
}

function reportedValuesTable(snapshot: CountySnapshot): RecordTable {
  const region = (code: string) => snapshot.regionNames.get(code) ?? code;
  const entries = [
    ...snapshot.manualValues.map((m) => ({
      id: `manual:${m.id}`,
      kind: '人工填报 / manual',
      value: m.value,
      asOf: m.asOf,
      source: m.source,
      evidence: m.evidence.text,
      region: region(m.region),
    })),
    ...snapshot.officialValues.map((o) => ({
      id: `official:${o.id}`,
      kind: '官方发布 / official',
      value: o.value,
      asOf: o.asOf,
      source: o.sourceDocument,
      evidence: o.publishedOn,
      region: region(o.region),
    })),
  ];
  return table(
    [
      column('kind', '来源类型', 'Kind'),
      column('value', '数值', 'Value'),
      column('asOf', '统计日期', 'As of'),
      column('source', '来源', 'Source'),
      column('evidence', '佐证或发布日期', 'Evidence or publication date'),
      column('region', '地区', 'Region'),
    ],
    entries,
    ({ id: _id, ...rest }) => rest,
  );
}

export function recordTable(snapshot: CountySnapshot, kind: RecordKind): RecordTable {
  return kind === 'reported-values' ? reportedValuesTable(snapshot) : registerTable(kind, snapshot.records, snapshot);
}

/** Display names of the enterprise keys the engine groups by (credit code, or the name when there is none). */
export function enterpriseNames(snapshot: CountySnapshot): ReadonlyMap<string, string> {
  const key = 'enterprise-names';
  const known = snapshot.memo.get(key) as Map<string, string> | undefined;
  if (known) return known;
  const names = new Map<string, string>();
  const add = (party: { name: string; creditCode?: string | undefined } | undefined) => {
    if (party?.creditCode && !names.has(party.creditCode)) names.set(party.creditCode, party.name);
  };
  const records = snapshot.records;
  for (const e of records.enterprises ?? []) names.set(e.creditCode, e.name);
  const facts = records.patentFacts;
  if (facts) facts.partyCreditCodes?.forEach((creditCode, i) => add(creditCode ? { name: facts.partyNames[i] ?? creditCode, creditCode } : undefined));
  else for (const p of records.patents ?? []) add(p.applicants[0] ?? p.patentees[0]);
  for (const t of records.trademarks ?? []) add(t.applicant);
  for (const p of records.pledges ?? []) add(p.pledgor);
  for (const a of records.serviceAgencies ?? []) if (a.creditCode) add({ name: a.name, creditCode: a.creditCode });
  snapshot.memo.set(key, names);
  return names;
}
