import { randomUUID } from 'node:crypto';
import { buildRegionTree, shanghaiDate, variantParam, type Plan, type StoredManualValue, type StoredOfficialValue } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../database/transactions.js';
import { inWriteTransaction } from '../database/transactions.js';
import { planRepository } from '../plan/plan.repository.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { catalogEntry, type CatalogEntry } from './indicator-catalog.js';
import {
  manualValueProblems,
  officialValueProblems,
  settingsProblems,
  type ManualValueInput,
  type OfficialValueInput,
  type Problem,
} from './indicator-input.schema.js';
import { indicatorInputsRepository } from './indicator-inputs.repository.js';

/** Every indicator command: who, in which county, and the plan's indicator code it is about. */
export interface IndicatorCommandProps extends CommandProps {
  /** The plan's indicator code. */
  code: string;
}

function refuse(problems: Problem[], variant: 'settings' | 'official-value' | 'reported-value', message: string): void {
  if (problems.length > 0) throw new AppError(422, 'invalid_input', message, problems, { [variantParam]: variant });
}

const asJson = <T>(value: T) => JSON.parse(JSON.stringify(value ?? null)) as never;

/** The plan entry of a code, the transaction, and the audit and revision bookkeeping every change shares. */
async function change<T>(
  target: IndicatorCommandProps,
  work: (tx: Executor, entry: CatalogEntry, plan: Plan, at: string, today: string) => Promise<{ result: T; audit: { action: 'indicators.settings-changed' | 'indicators.official-value-changed' | 'indicators.manual-value-changed'; entityId: string; before: unknown; after: unknown } }>,
): Promise<T> {
  const { ctx, countyId, user } = target;
  const at = ctx.clock.now().toISOString();
  const today = shanghaiDate(at);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const stored = await planRepository.current(tx, countyId);
    if (!stored) throw notFound('plan');
    const entry = catalogEntry(stored.plan, target.code);
    const { result, audit } = await work(tx, entry, stored.plan, at, today);
    await indicatorInputsRepository.bumpRevision(tx, countyId, at);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: audit.action,
      entity: 'indicator',
      entityId: audit.entityId,
      before: asJson(audit.before),
      after: asJson(audit.after),
      at,
    });
    return result;
  });
}

/** 口径设置: replace the office's choices for an indicator's rules; what is left out goes back to its default. */
export function saveIndicatorSettings(target: IndicatorCommandProps & { overrides: Record<string, unknown> }): Promise<Record<string, unknown>> {
  const { overrides } = target;
  return change(target, async (tx, entry, _plan, at) => {
    refuse(settingsProblems(entry.definition, overrides), 'settings', 'The settings are invalid');
    const before = (await indicatorInputsRepository.settings(tx, target.countyId))[entry.definition.key] ?? {};
    await indicatorInputsRepository.saveSettings(tx, target.countyId, entry.definition.key, overrides, at, target.user.audit.name);
    return { result: overrides, audit: { action: 'indicators.settings-changed', entityId: entry.definition.key, before, after: overrides } };
  });
}

function officialFields(entry: CatalogEntry, input: OfficialValueInput, root: string) {
  return {
    indicatorKey: entry.definition.key,
    region: input.region ?? root,
    asOf: input.asOf,
    value: input.value,
    unit: entry.definition.unit,
    decimals: input.decimals ?? null,
    sourceDocument: input.sourceDocument,
    publishedOn: input.publishedOn,
    publisher: input.publisher ?? null,
    note: input.note ?? null,
  };
}

/**
 * 登记官方发布值. With no id it records the value, or, when the same document already gave one for
 * the statistic, region and date, corrects that one (so `set` twice is one value). With an id it
 * changes that value.
 */
export function saveOfficialValue(target: IndicatorCommandProps & { input: OfficialValueInput; id?: string }): Promise<StoredOfficialValue> {
  const { input, id } = target;
  return change(target, async (tx, entry, plan, at, today) => {
    refuse(officialValueProblems(plan, entry.definition, input, today), 'official-value', 'The official value is invalid');
    const fields = officialFields(entry, input, buildRegionTree(plan.regions).root);
    const before = id
      ? await indicatorInputsRepository.officialValue(tx, target.countyId, id)
      : await indicatorInputsRepository.officialValueFromDocument(tx, target.countyId, fields);
    if (id && (!before || before.indicatorKey !== entry.definition.key)) throw notFound('official-value', id);
    const valueId = before?.id ?? randomUUID();
    if (before) {
      const clash = await indicatorInputsRepository.officialValueFromDocument(tx, target.countyId, fields);
      if (clash && clash.id !== valueId) throw new AppError(409, 'duplicate_official_value', `That document already gave a value for this date`);
      await indicatorInputsRepository.updateOfficialValue(tx, target.countyId, valueId, fields, at, target.user.audit.name);
    } else {
      await indicatorInputsRepository.insertOfficialValue(tx, target.countyId, valueId, fields, at, target.user.audit.name);
    }
    const after = (await indicatorInputsRepository.officialValue(tx, target.countyId, valueId)) as StoredOfficialValue;
    return { result: after, audit: { action: 'indicators.official-value-changed', entityId: valueId, before: before ?? null, after } };
  });
}

export function deleteOfficialValue(target: IndicatorCommandProps & { id: string }): Promise<void> {
  const { id } = target;
  return change(target, async (tx, entry) => {
    const before = await indicatorInputsRepository.officialValue(tx, target.countyId, id);
    if (!before || before.indicatorKey !== entry.definition.key) throw notFound('official-value', id);
    await indicatorInputsRepository.deleteOfficialValue(tx, target.countyId, id);
    return { result: undefined, audit: { action: 'indicators.official-value-changed', entityId: id, before, after: null } };
  });
}

/** 人工填报: one value per indicator, region and date; entering one for a date that has one corrects it. */
export function saveManualValue(target: IndicatorCommandProps & { input: ManualValueInput; id?: string }): Promise<StoredManualValue> {
  const { input, id } = target;
  return change(target, async (tx, entry, plan, at, today) => {
    refuse(manualValueProblems(plan, entry.definition, input, today), 'reported-value', 'The reported value is invalid');
    const fields = {
      indicatorKey: entry.definition.key,
      region: input.region ?? buildRegionTree(plan.regions).root,
      asOf: input.asOf,
      value: input.value,
      unit: entry.definition.unit,
      source: input.source,
      evidence: input.evidence,
      note: input.note ?? null,
    };
    const before = id ? await indicatorInputsRepository.manualValue(tx, target.countyId, id) : await indicatorInputsRepository.manualValueAt(tx, target.countyId, fields);
    if (id && (!before || before.indicatorKey !== entry.definition.key)) throw notFound('reported-value', id);
    const valueId = before?.id ?? randomUUID();
    if (before) {
      const clash = await indicatorInputsRepository.manualValueAt(tx, target.countyId, fields);
      if (clash && clash.id !== valueId) throw new AppError(409, 'duplicate_manual_value', `A value is already reported for that date`);
      await indicatorInputsRepository.updateManualValue(tx, target.countyId, valueId, fields, at, target.user.audit.name);
    } else {
      await indicatorInputsRepository.insertManualValue(tx, target.countyId, valueId, fields, at, target.user.audit.name);
    }
    const after = (await indicatorInputsRepository.manualValue(tx, target.countyId, valueId)) as StoredManualValue;
    return { result: after, audit: { action: 'indicators.manual-value-changed', entityId: valueId, before: before ?? null, after } };
  });
}

export function deleteManualValue(target: IndicatorCommandProps & { id: string }): Promise<void> {
  const { id } = target;
  return change(target, async (tx, entry) => {
    const before = await indicatorInputsRepository.manualValue(tx, target.countyId, id);
    if (!before || before.indicatorKey !== entry.definition.key) throw notFound('reported-value', id);
    await indicatorInputsRepository.deleteManualValue(tx, target.countyId, id);
    return { result: undefined, audit: { action: 'indicators.manual-value-changed', entityId: id, before, after: null } };
  });
}
