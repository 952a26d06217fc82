import type {
  EconomicFigure,
  AwardRecord,
  CopyrightRegistration,
  CopyrightKind,
  PledgedIpType,
  PledgeRegistration,
  PopulationFigure,
  ServiceAgency,
  ServiceAgencyKind,
  TalentCategory,
  TalentRecord,
  Trademark,
  TrademarkEvent,
  TrademarkKind,
  TrainingAudience,
  TrainingSession,
  WorkCategory,
  AwardKind,
} from '@ipcounty/domain';
import type { RecordDocument } from './register-record.js';

/**
 * Register documents as the domain's records, for the statistics engine (IndicatorRecords).
 * Each takes the record key, the stored document and the region the record was placed in.
 */
type Doc = Record<string, unknown>;
const str = (d: Doc, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : undefined);
const list = (d: Doc, key: string) => (Array.isArray(d[key]) ? (d[key] as string[]) : []);
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
const inRegion = (region: string | null) => optional('region', region ?? undefined);

export function trademarkRecord(key: string, document: RecordDocument, region: string | null): Trademark {
  const d = document as Doc;
  const events: TrademarkEvent[] = list(d, 'renewals').map((date) => ({ date, category: 'renewal' }));
  const endedOn = str(d, 'endedOn');
  if (endedOn) events.push({ date: endedOn, category: (str(d, 'endReason') ?? 'cancellation') as TrademarkEvent['category'] });
  return {
    id: key,
    registrationNumber: str(d, 'registrationNumber') ?? key,
    kind: (str(d, 'kind') ?? 'ordinary') as TrademarkKind,
    geographicalIndication: d.geographicalIndication === true,
    madrid: d.madrid === true,
    ...optional('wellKnown', d.wellKnown === true ? true : undefined),
    ...optional('mark', str(d, 'mark')),
    niceClasses: list(d, 'niceClasses').map(Number),
    applicant: {
      name: str(d, 'applicant') ?? '',
      ...optional('address', str(d, 'applicantAddress')),
      ...optional('country', str(d, 'applicantCountry')),
      ...optional('creditCode', str(d, 'creditCode')),
    },
    ...inRegion(region),
    ...optional('filingDate', str(d, 'filingDate')),
    ...optional('registrationDate', str(d, 'registrationDate')),
    events: events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

export function copyrightRecord(key: string, document: RecordDocument, region: string | null): CopyrightRegistration {
  const d = document as Doc;
  const address = str(d, 'ownerAddress');
  return {
    id: key,
    registrationNumber: str(d, 'registrationNumber') ?? key,
    kind: str(d, 'kind') as CopyrightKind,
    ...optional('workCategory', str(d, 'workCategory') as WorkCategory | undefined),
    title: str(d, 'title') ?? '',
    owners: list(d, 'owners').map((name, i) => ({ name, ...(i === 0 && address ? { address } : {}) })),
    ...inRegion(region),
    registeredOn: str(d, 'registeredOn') ?? '',
    ...optional('completedOn', str(d, 'completedOn')),
    ...optional('firstPublishedOn', str(d, 'firstPublishedOn')),
    ...optional('authority', str(d, 'authority')),
  };
}

export function pledgeRecord(key: string, document: RecordDocument, region: string | null): PledgeRegistration {
  const d = document as Doc;
  const released = str(d, 'releasedOn');
  return {
    id: key,
    registrationNumber: str(d, 'registrationNumber') ?? key,
    registeredOn: str(d, 'registeredOn') ?? '',
    pledgor: { name: str(d, 'pledgor') ?? '', ...optional('creditCode', str(d, 'pledgorCreditCode')), ...optional('address', str(d, 'pledgorAddress')) },
    ...inRegion(region),
    pledgee: str(d, 'pledgee') ?? '',
    amountFen: Number(d.amount ?? 0),
    ipType: str(d, 'ipType') as PledgedIpType,
    pledgedItems: list(d, 'pledgedItems'),
    ...optional('termEnd', str(d, 'termEnd')),
    events: released ? [{ date: released, kind: 'released' }] : [],
  };
}

export function serviceAgencyRecord(key: string, document: RecordDocument, region: string | null): ServiceAgency {
  const d = document as Doc;
  return {
    id: key,
    name: str(d, 'name') ?? key,
    ...optional('creditCode', str(d, 'creditCode')),
    kind: str(d, 'kind') as ServiceAgencyKind,
    ...inRegion(region),
    establishedOn: str(d, 'establishedOn') ?? '',
    ...optional('closedOn', str(d, 'closedOn')),
  };
}

export function talentRecord(key: string, document: RecordDocument, region: string | null): TalentRecord {
  const d = document as Doc;
  return {
    id: key,
    name: str(d, 'name') ?? '',
    category: str(d, 'category') as TalentCategory,
    ...optional('qualification', str(d, 'qualification')),
    recognisedOn: str(d, 'recognisedOn') ?? '',
    ...optional('employer', str(d, 'employer')),
    ...inRegion(region),
    ...optional('document', str(d, 'document')),
  };
}

export function trainingRecord(key: string, document: RecordDocument, region: string | null): TrainingSession {
  const d = document as Doc;
  return {
    id: key,
    title: str(d, 'title') ?? '',
    heldOn: str(d, 'heldOn') ?? '',
    ...optional('endsOn', str(d, 'endsOn')),
    participants: Number(d.participants ?? 0),
    audiences: list(d, 'audiences') as TrainingAudience[],
    organiser: str(d, 'organiser') ?? '',
    ...inRegion(region),
  };
}

export function awardRecord(key: string, document: RecordDocument, region: string | null): AwardRecord {
  const d = document as Doc;
  const year = Number(d.year);
  return {
    id: key,
    kind: str(d, 'kind') as AwardKind,
    ...optional('level', str(d, 'level')),
    year,
    // Announced awards without a date count from the last day of their year (award.ts).
    awardedOn: str(d, 'awardedOn') ?? `${year}-12-31`,
    name: str(d, 'name') ?? '',
    patentKeys: list(d, 'patentNumbers'),
    ...optional('projectName', str(d, 'projectName')),
    winners: list(d, 'winners'),
    ...inRegion(region),
    ...optional('document', str(d, 'document')),
  };
}

export function populationRecord(document: RecordDocument, region: string | null): PopulationFigure {
  const d = document as Doc;
  return {
    region: region ?? str(d, 'region') ?? '',
    year: Number(d.year),
    persons: Number(d.persons),
    basis: (str(d, 'basis') ?? 'resident') as PopulationFigure['basis'],
    source: str(d, 'source') ?? '人口台账 / population register',
  };
}

export function economicFigure(document: RecordDocument, region: string | null): EconomicFigure {
  const d = document as Doc;
  return {
    region: region ?? str(d, 'region') ?? '',
    year: Number(d.year),
    measure: (str(d, 'measure') ?? 'gdp') as EconomicFigure['measure'],
    valueFen: Number(d.value ?? 0),
    ...optional('industryCode', str(d, 'industryCode')),
    ...optional('industryName', str(d, 'industryName')),
    ...optional('patentIntensiveCategory', str(d, 'patentIntensiveCategory') as EconomicFigure['patentIntensiveCategory']),
    basis: (str(d, 'basis') ?? 'official') as EconomicFigure['basis'],
    source: str(d, 'source') ?? '经济数据台账 / economic register',
  };
}
