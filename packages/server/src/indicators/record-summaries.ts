import {
  formatFenAsYuan,
  isQueryChoice,
  resolveSettings,
  type IndicatorDefinition,
  type IndicatorRecords,
  type Patent,
  type RecordKind,
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

const patentTypeNames: Record<string, string> = { invention: '发明', 'utility-model': '实用新型', design: '外观设计' };
const copyrightKindNames: Record<string, string> = { work: '作品', software: '计算机软件' };

function registerTable(kind: Exclude<RecordKind, 'reported-values'>, records: IndicatorRecords, snapshot: CountySnapshot): RecordTable {
  const region = (code: string | undefined) => (code ? (snapshot.regionNames.get(code) ?? code) : null);
  switch (kind) {
    case 'patents': {
      const placed = records.patentRegions;
      const row = (p: Patent): TableRecord => ({
        id: p.id,
        applicationNumber: p.applicationNumber,
        title: p.title,
        type: patentTypeNames[p.type] ?? p.type,
        party: (p.applicants[0] ?? p.patentees[0])?.name ?? null,
        region: region(placed ? placed.get(p.id) : p.region),
        filingDate: p.filingDate,
        grantDate: p.grant?.date ?? null,
      });
      // The patents may be loaded as their facts only: the page asked for is read when asked.
      return {
        columns: [
          column('applicationNumber', '申请号', 'Application number'),
          column('title', '名称', 'Title'),
          column('type', '专利类型', 'Type'),
          column('party', '第一申请人（专利权人）', 'First applicant (patentee)'),
          column('region', '归属地区', 'Region'),
          column('filingDate', '申请日', 'Filed'),
          column('grantDate', '授权公告日', 'Granted'),
        ],
        rows: async (ids) => (await snapshot.patents(ids)).map(row),
      };
    }
    case 'trademarks':
      return table(
        [
          column('registrationNumber', '注册号', 'Registration number'),
          column('mark', '商标', 'Mark'),
          column('party', '申请人', 'Applicant'),
          column('region', '归属地区', 'Region'),
          column('registrationDate', '核准注册日', 'Registered'),
        ],
        records.trademarks ?? [],
        (t) => ({ registrationNumber: t.registrationNumber, mark: t.mark ?? null, party: t.applicant.name, region: region(t.region), registrationDate: t.registrationDate ?? null }),
      );
    case 'copyrights':
      return table(
        [
          column('registrationNumber', '登记号', 'Registration number'),
          column('title', '作品名称', 'Title'),
          column('kind', '类别', 'Kind'),
          column('party', '著作权人', 'Owner'),
          column('region', '归属地区', 'Region'),
          column('registeredOn', '登记日期', 'Registered'),
        ],
        records.copyrights ?? [],
        (c) => ({
          registrationNumber: c.registrationNumber,
          title: c.title,
          kind: copyrightKindNames[c.kind] ?? c.kind,
          party: c.owners[0]?.name ?? null,
          region: region(c.region),
          registeredOn: c.registeredOn,
        }),
      );
    case 'pledges':
      return table(
        [
          column('registrationNumber', '登记号', 'Registration number'),
          column('party', '出质人', 'Pledgor'),
          column('pledgee', '质权人', 'Pledgee'),
          column('amountYuan', '质押金额（元）', 'Amount (yuan)'),
          column('ipType', '质押类型', 'IP type'),
          column('region', '归属地区', 'Region'),
          column('registeredOn', '登记生效日', 'Registered'),
        ],
        records.pledges ?? [],
        (p) => ({
          registrationNumber: p.registrationNumber,
          party: p.pledgor.name,
          pledgee: p.pledgee,
          amountYuan: formatFenAsYuan(p.amountFen),
          ipType: p.ipType,
          region: region(p.region),
          registeredOn: p.registeredOn,
        }),
      );
    case 'enterprise-certifications':
    case 'enterprise-titles':
    case 'ip-intensive-recognitions':
      return table(
        [
          column('name', '企业名称', 'Enterprise'),
          column('creditCode', '统一社会信用代码', 'Credit code'),
          column('keyIndustry', '重点产业', 'Key industry'),
          column('region', '归属地区', 'Region'),
        ],
        records.enterprises ?? [],
        (e) => ({ name: e.name, creditCode: e.creditCode, keyIndustry: e.keyIndustry ?? null, region: region(e.region) }),
      );
    case 'service-agencies':
      return table(
        [
          column('name', '机构名称', 'Name'),
          column('kind', '类型', 'Kind'),
          column('region', '归属地区', 'Region'),
          column('establishedOn', '设立（入驻）日期', 'Established'),
          column('closedOn', '注销日期', 'Closed'),
        ],
        records.serviceAgencies ?? [],
        (a) => ({ name: a.name, kind: a.kind, region: region(a.region), establishedOn: a.establishedOn, closedOn: a.closedOn ?? null }),
      );
    case 'talent':
      return table(
        [
          column('name', '姓名', 'Name'),
          column('qualification', '称号或资格', 'Qualification'),
          column('employer', '工作单位', 'Employer'),
          column('region', '归属地区', 'Region'),
          column('recognisedOn', '入选（引进）日期', 'Recognised'),
        ],
        records.talent ?? [],
        (t) => ({ name: t.name, qualification: t.qualification ?? null, employer: t.employer ?? null, region: region(t.region), recognisedOn: t.recognisedOn }),
      );
    case 'training-sessions':
      return table(
        [
          column('title', '培训名称', 'Title'),
          column('heldOn', '开班日期', 'Held on'),
          column('participants', '人次', 'Participants'),
          column('organiser', '主办单位', 'Organiser'),
          column('region', '归属地区', 'Region'),
        ],
        records.trainingSessions ?? [],
        (s) => ({ title: s.title, heldOn: s.heldOn, participants: s.participants, organiser: s.organiser, region: region(s.region) }),
      );
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
