import type { Unit, UnitGroup } from '../plan.schema.js';
import { unitKinds } from '../plan.schema.js';
import type { CountyDirectory, UnsureReason } from './plan-draft.js';

type UnitKind = (typeof unitKinds)[number];

/**
 * Phrases that stand for "every unit of these kinds" when the county has not listed their members
 * itself. The expansion is a proposal: the review screen marks it for a person to check.
 */
const phrasesByKind: { pattern: RegExp; kinds: UnitKind[] }[] = [
  { pattern: /^(各镇街|各镇（街道）|各镇\(街道\)|各镇、街道|各镇街道|各镇（街）|各镇人民政府、街道办事处)$/, kinds: ['town', 'street'] },
  { pattern: /^(县)?(各有关部门|各相关部门|各有关单位|各相关单位|各部门)$/, kinds: ['party-department', 'government-department', 'judicial'] },
  { pattern: /^各金融机构$/, kinds: ['financial-institution'] },
  // "县知识产权战略实施工作领导小组各成员单位": a group whose members the document does not list.
  { pattern: /各成员单位$/, kinds: [] },
];
const builtinPhrases = ['各镇街', '各镇（街道）', '各镇(街道)', '各镇、街道', '各镇街道', '各镇（街）', '各镇人民政府、街道办事处', '县各有关部门', '各有关部门', '各相关部门', '县各有关单位', '各有关单位', '各相关单位', '各部门', '各金融机构'];

/** A unit named in the text that the county's list does not hold: its kind guessed from its name. */
function kindOfName(name: string): UnitKind {
  if (/^县委|^中共/.test(name)) return 'party-department';
  if (/法院|检察院/.test(name)) return 'judicial';
  if (/街道(办事处)?$/.test(name)) return 'street';
  if (/镇(人民政府)?$/.test(name)) return 'town';
  if (/开发区|园区/.test(name)) return 'development-zone';
  if (/银行|金融机构|保险|信用社/.test(name)) return 'financial-institution';
  return 'government-department';
}

export interface ResolvedName {
  ref: string;
  unsure: UnsureReason[];
}

/**
 * The units and unit groups of the draft: the county's own to begin with, and every unit or group
 * the document names that the county has not listed, added as the parser meets them.
 */
export class UnitRegistry {
  readonly units: Unit[];
  readonly groups: UnitGroup[];
  private readonly byName = new Map<string, string>();
  private readonly unsureOf = new Map<string, UnsureReason[]>();

  constructor(directory: Pick<CountyDirectory, 'units' | 'unitGroups'>) {
    this.units = directory.units.map((unit) => ({ ...unit, aliases: [...unit.aliases] }));
    this.groups = directory.unitGroups.map((group) => ({ ...group, members: [...group.members] }));
    for (const unit of this.units) for (const name of [unit.name, ...unit.aliases]) this.byName.set(name, unit.code);
    for (const group of this.groups) this.byName.set(group.phrase, group.code);
  }

  /** Every name the text may use, longest first, so 开发区、各镇街 wins over 开发区. */
  names(): string[] {
    return [...new Set([...this.byName.keys(), ...builtinPhrases])].sort((a, b) => b.length - a.length);
  }

  /** The unit or group a name stands for, adding it to the draft when the county has no such name. */
  resolve(name: string, countyPrefixed: boolean): ResolvedName {
    const known = this.byName.get(name) ?? (name.startsWith('县') ? undefined : this.byName.get(`县${name}`));
    if (known) return { ref: known, unsure: this.unsureOf.get(known) ?? [] };
    const byKind = phrasesByKind.find((phrase) => phrase.pattern.test(name));
    if (byKind) return this.addGroup(name, byKind.kinds);
    return this.addUnit(name, countyPrefixed);
  }

  private addGroup(phrase: string, kinds: UnitKind[]): ResolvedName {
    const members = this.units.filter((unit) => kinds.includes(unit.kind)).map((unit) => unit.code);
    const code = this.freeCode('group');
    const unsure: UnsureReason[] = [members.length ? { code: 'group-expanded-by-kind', phrase } : { code: 'group-without-members', phrase }];
    this.groups.push({ code, phrase, members, membershipSource: undefined });
    this.byName.set(phrase, code);
    this.unsureOf.set(code, unsure);
    return { ref: code, unsure };
  }

  private addUnit(written: string, countyPrefixed: boolean): ResolvedName {
    // "县法院、检察院": the 县 of the first name holds for the rest of the list.
    const name = countyPrefixed && !written.startsWith('县') ? `县${written}` : written;
    const code = this.freeCode('unit');
    this.units.push({ code, name, kind: kindOfName(name), aliases: name === written ? [] : [written] });
    this.byName.set(name, code);
    this.byName.set(written, code);
    const unsure: UnsureReason[] = [{ code: 'unknown-unit', name }];
    this.unsureOf.set(code, unsure);
    return { ref: code, unsure };
  }

  private freeCode(prefix: string): string {
    const taken = new Set([...this.units.map((u) => u.code), ...this.groups.map((g) => g.code)]);
    let n = 1;
    while (taken.has(`${prefix}-${n}`)) n++;
    return `${prefix}-${n}`;
  }
}
