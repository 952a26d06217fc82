import type { ResponsibleParty } from '../plan.schema.js';
import type { UnsureReason } from './plan-draft.js';
import type { UnitRegistry } from './unit-registry.js';

export interface ReadResponsibility {
  /** The wording, without its brackets and label: 县委宣传部，县市场监管局. */
  text: string;
  parties: ResponsibleParty[];
  unsure: UnsureReason[];
}

const separators = /[、，,；;]/;
const label = /^(?:主要)?责任单位[:：]\s*/;

/**
 * The parts of a responsibility, by the wording used:
 * （责任单位：A、B） every unit responsible; （A牵头，B、C配合） and （牵头单位：A；配合单位：B、C）
 * one lead and co-operating units; （A负责） A responsible.
 */
function roles(text: string): { names: string; role: ResponsibleParty['role'] }[] {
  const body = text.replace(label, '');
  const labelled = /^牵头单位[:：]\s*(.+?)\s*[；;，,。]\s*(?:配合|协同|协办)单位[:：]\s*(.+)$/.exec(body);
  if (labelled) return [{ names: labelled[1]!, role: 'lead' }, { names: labelled[2]!, role: 'co-operating' }];
  const leadOnlyLabelled = /^牵头单位[:：]\s*(.+)$/.exec(body);
  if (leadOnlyLabelled) return [{ names: leadOnlyLabelled[1]!, role: 'lead' }];
  const worded = /^(.+?)牵头\s*[，,；;、]\s*(.+?)(?:配合|协同|协助|参与)$/.exec(body);
  if (worded) return [{ names: worded[1]!, role: 'lead' }, { names: worded[2]!, role: 'co-operating' }];
  const leadOnly = /^(.+?)牵头$/.exec(body);
  if (leadOnly) return [{ names: leadOnly[1]!, role: 'lead' }];
  const responsible = /^(.+?)负责$/.exec(body);
  if (responsible) return [{ names: responsible[1]!, role: 'responsible' }];
  return [{ names: body, role: 'responsible' }];
}

/** Whether a bracketed note names the units of a task, in any of the forms above. */
export function isResponsibilityNote(text: string): boolean {
  return label.test(text) || /^牵头单位[:：]/.test(text) || /(牵头|负责|配合)$/.test(text);
}

/** The names of a list ("县委宣传部、县委政法委，县法院、检察院"), matching the longest known name first. */
function splitNames(list: string, names: string[]): { name: string; countyPrefixed: boolean }[] {
  const found: { name: string; countyPrefixed: boolean }[] = [];
  let at = 0;
  let runPrefixed = false;
  while (at < list.length) {
    const char = list[at]!;
    if (separators.test(char) || /\s/.test(char)) {
      // A comma starts a new run: "县委宣传部，县法院、检察院" has 县 on 法院's run only.
      if (/[，,；;]/.test(char)) runPrefixed = false;
      at++;
      continue;
    }
    const rest = list.slice(at);
    const known = names.find((name) => rest.startsWith(name) && (rest.length === name.length || separators.test(rest[name.length]!)));
    const next = rest.search(separators);
    const name = known ?? (next < 0 ? rest : rest.slice(0, next)).trim();
    if (name.startsWith('县')) runPrefixed = true;
    found.push({ name, countyPrefixed: runPrefixed && !name.startsWith('县') });
    at += name.length;
  }
  return found;
}

/** Read the units of a responsibility note against the county's units, adding the ones it lacks. */
export function readResponsibility(text: string, registry: UnitRegistry): ReadResponsibility {
  const parties: ResponsibleParty[] = [];
  const unsure: UnsureReason[] = [];
  const names = registry.names();
  for (const { names: list, role } of roles(text.trim())) {
    for (const { name, countyPrefixed } of splitNames(list, names)) {
      const resolved = registry.resolve(name, countyPrefixed);
      if (parties.some((p) => p.ref === resolved.ref)) continue;
      parties.push({ ref: resolved.ref, role });
      unsure.push(...resolved.unsure);
    }
  }
  if (parties.length === 0) unsure.push({ code: 'no-responsibility' });
  return { text: text.replace(label, '').trim(), parties, unsure };
}
