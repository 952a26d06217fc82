import { comparisons, indicatorKinds, unitKinds, type PlanInput, type ResponsibleParty } from '@ipcounty/domain';
import { Form, Input, InputNumber, Select } from 'antd';
import { useI18n } from '../i18n/locale-context.js';

/*
 * The forms of the plan's parts, shared by the editor and the review of a document's draft. Each
 * edits its part in place through `onChange`; the page keeps the whole plan and its changes.
 */

export type IndicatorInput = PlanInput['targetGroups'][number]['indicators'][number];
export type TaskInput = PlanInput['taskGroups'][number]['tasks'][number];
export type PhaseInput = PlanInput['phases'][number];
export type UnitInput = PlanInput['units'][number];
export type UnitGroupInput = NonNullable<PlanInput['unitGroups']>[number];
export type RegionInput = PlanInput['regions'][number];

export function TargetEditor({ indicator, onChange }: { indicator: IndicatorInput; onChange: (next: IndicatorInput) => void }) {
  const { t } = useI18n();
  const set = (patch: Partial<IndicatorInput>) => onChange({ ...indicator, ...patch });
  return (
    <Form layout="vertical" className="plan-item-form" data-testid="target-editor">
      <Form.Item label={t('targets.name')}>
        <Input value={indicator.name} onChange={(e) => set({ name: e.target.value })} data-testid="target-name" />
      </Form.Item>
      <div className="plan-item-row">
        <Form.Item label={t('targets.comparison')}>
          <Select
            value={indicator.comparison}
            onChange={(comparison) => set({ comparison })}
            options={comparisons.map((value) => ({ value, label: t(`comparison.${value}`) }))}
            data-testid="target-comparison"
          />
        </Form.Item>
        <Form.Item label={t('targets.target')}>
          <InputNumber value={indicator.target} onChange={(value) => value !== null && set({ target: value })} data-testid="target-value" />
        </Form.Item>
        <Form.Item label={t('planEdit.field.unit')}>
          <Input value={indicator.unit} onChange={(e) => set({ unit: e.target.value })} data-testid="target-unit" className="plan-unit-input" />
        </Form.Item>
      </div>
      <Form.Item label={t('targets.kind')}>
        <Select value={indicator.kind} onChange={(kind) => set({ kind })} options={indicatorKinds.map((value) => ({ value, label: t(`indicatorKind.${value}`) }))} />
      </Form.Item>
      <Form.Item label={t('targets.planText')}>
        <Input.TextArea autoSize value={indicator.planText} onChange={(e) => set({ planText: e.target.value })} />
      </Form.Item>
    </Form>
  );
}

/** The units and unit groups a task may name, by name. */
function partyOptions(plan: PlanInput) {
  return [
    ...plan.units.map((unit) => ({ value: unit.code, label: unit.name })),
    ...(plan.unitGroups ?? []).map((group) => ({ value: group.code, label: group.phrase })),
  ];
}

export function TaskEditor({ task, plan, onChange }: { task: TaskInput; plan: PlanInput; onChange: (next: TaskInput) => void }) {
  const { t } = useI18n();
  const options = partyOptions(plan);
  const parties = task.responsibility.parties;
  const refs = (role: ResponsibleParty['role']) => parties.filter((p) => (p.role ?? 'responsible') === role).map((p) => p.ref);
  const setRole = (role: ResponsibleParty['role'], chosen: string[]) => {
    const others = parties.filter((p) => (p.role ?? 'responsible') !== role && !chosen.includes(p.ref));
    onChange({ ...task, responsibility: { ...task.responsibility, parties: [...others, ...chosen.map((ref) => ({ ref, role }))] } });
  };
  return (
    <Form layout="vertical" className="plan-item-form" data-testid="task-editor">
      <Form.Item label={t('planEdit.field.title')}>
        <Input value={task.title} onChange={(e) => onChange({ ...task, title: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('planEdit.field.text')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} value={task.text} onChange={(e) => onChange({ ...task, text: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('planEdit.responsibilityText')}>
        <Input value={task.responsibility.text} onChange={(e) => onChange({ ...task, responsibility: { ...task.responsibility, text: e.target.value } })} />
      </Form.Item>
      {(['lead', 'co-operating', 'responsible'] as const).map((role) => (
        <Form.Item key={role} label={t(`planEdit.role.${role}`)}>
          <Select mode="multiple" allowClear optionFilterProp="label" value={refs(role)} onChange={(chosen: string[]) => setRole(role, chosen)} options={options} data-testid={`task-${role}`} />
        </Form.Item>
      ))}
    </Form>
  );
}

const yearMonth = /^\d{4}-(0[1-9]|1[0-2])$/;

export function PhaseEditor({ phase, onChange }: { phase: PhaseInput; onChange: (next: PhaseInput) => void }) {
  const { t } = useI18n();
  const month = (field: 'start' | 'end') => (
    <Form.Item label={t(`planEdit.field.${field}`)} validateStatus={yearMonth.test(phase[field]) ? undefined : 'error'} help={yearMonth.test(phase[field]) ? undefined : t('planEdit.monthFormat')}>
      <Input value={phase[field]} placeholder="2026-07" onChange={(e) => onChange({ ...phase, [field]: e.target.value.trim() })} />
    </Form.Item>
  );
  return (
    <Form layout="vertical" className="plan-item-form" data-testid="phase-editor">
      <Form.Item label={t('planEdit.field.name')}>
        <Input value={phase.name} onChange={(e) => onChange({ ...phase, name: e.target.value })} />
      </Form.Item>
      <div className="plan-item-row">
        {month('start')}
        {month('end')}
      </div>
      <Form.Item label={t('planEdit.field.deliverables')}>
        <Select mode="tags" value={phase.deliverables ?? []} onChange={(deliverables: string[]) => onChange({ ...phase, deliverables })} open={false} data-testid="phase-deliverables" />
      </Form.Item>
      <Form.Item label={t('planEdit.field.text')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} value={phase.text} onChange={(e) => onChange({ ...phase, text: e.target.value })} />
      </Form.Item>
    </Form>
  );
}

export function UnitEditor({ unit, plan, onChange }: { unit: UnitInput; plan: PlanInput; onChange: (next: UnitInput) => void }) {
  const { t } = useI18n();
  return (
    <Form layout="vertical" className="plan-item-form" data-testid="unit-editor">
      <Form.Item label={t('planEdit.field.name')}>
        <Input value={unit.name} onChange={(e) => onChange({ ...unit, name: e.target.value })} data-testid="unit-name" />
      </Form.Item>
      <Form.Item label={t('units.kind')}>
        <Select value={unit.kind} onChange={(kind) => onChange({ ...unit, kind })} options={unitKinds.map((value) => ({ value, label: t(`unitKind.${value}`) }))} />
      </Form.Item>
      <Form.Item label={t('units.region')}>
        <Select allowClear value={unit.region} onChange={(region?: string) => onChange({ ...unit, region })} options={plan.regions.map((r) => ({ value: r.code, label: r.name }))} />
      </Form.Item>
      <Form.Item label={t('units.aliases')}>
        <Select mode="tags" open={false} value={unit.aliases ?? []} onChange={(aliases: string[]) => onChange({ ...unit, aliases })} />
      </Form.Item>
    </Form>
  );
}

export function UnitGroupEditor({ group, plan, onChange }: { group: UnitGroupInput; plan: PlanInput; onChange: (next: UnitGroupInput) => void }) {
  const { t } = useI18n();
  return (
    <Form layout="vertical" className="plan-item-form" data-testid="unit-group-editor">
      <Form.Item label={t('planEdit.field.phrase')}>
        <Input value={group.phrase} onChange={(e) => onChange({ ...group, phrase: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('planEdit.field.members')}>
        <Select
          mode="multiple"
          optionFilterProp="label"
          value={group.members}
          onChange={(members: string[]) => onChange({ ...group, members })}
          options={plan.units.map((unit) => ({ value: unit.code, label: unit.name }))}
        />
      </Form.Item>
      <Form.Item label={t('planEdit.membershipSource')}>
        <Input value={group.membershipSource ?? ''} onChange={(e) => onChange({ ...group, membershipSource: e.target.value || undefined })} />
      </Form.Item>
    </Form>
  );
}

const regionKinds = ['town', 'street', 'development-zone'] as const;

export function RegionEditor({ region, onChange }: { region: RegionInput; onChange: (next: RegionInput) => void }) {
  const { t } = useI18n();
  return (
    <Form layout="vertical" className="plan-item-form" data-testid="region-editor">
      <Form.Item label={t('planEdit.field.name')}>
        <Input value={region.name} onChange={(e) => onChange({ ...region, name: e.target.value })} />
      </Form.Item>
      {region.kind !== 'county' && (
        <Form.Item label={t('planEdit.field.kind')}>
          <Select value={region.kind} onChange={(kind) => onChange({ ...region, kind })} options={regionKinds.map((value) => ({ value, label: t(`unitKind.${value}`) }))} />
        </Form.Item>
      )}
      <Form.Item label={t('planEdit.field.aliases')}>
        <Select mode="tags" open={false} value={region.aliases ?? []} onChange={(aliases: string[]) => onChange({ ...region, aliases })} data-testid="region-aliases" />
      </Form.Item>
    </Form>
  );
}

/** A code for a new unit, group, region or phase: codes are the plan's keys, never shown or edited. */
export function freeCode(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
