import { DownloadOutlined } from '@ant-design/icons';
import { responsibilityMatrix, unitKinds, type ResponsibilityMatrix, type Unit } from '@ipcounty/domain';
import { Button, Select, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { planDownloads } from '../api/plan.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import './matrix.css';

type UnitKind = (typeof unitKinds)[number];

const taskColumnWidth = 250;
const unitColumnWidth = 32;
const countColumnWidth = 64;

interface MatrixRow {
  number: number;
  title: string;
  groupTitle: string;
  cells: ResponsibilityMatrix['cells'][number];
}

/** 责任清单: which unit answers for which task, as the office prints it. */
export function MatrixPage() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const [kind, setKind] = useState<UnitKind | 'all'>('all');

  const matrix = useMemo(() => responsibilityMatrix(plan), [plan]);
  const phraseOf = useMemo(() => new Map(plan.unitGroups.map((g) => [g.code, g.phrase])), [plan.unitGroups]);
  const groupTitleOf = useMemo(
    () => new Map(plan.taskGroups.map((g) => [g.code, `（${g.number}）${g.title}`])),
    [plan.taskGroups],
  );

  const rows: MatrixRow[] = matrix.tasks.map((task) => ({
    ...task,
    groupTitle: groupTitleOf.get(task.group) ?? task.group,
    cells: matrix.cells[task.number] ?? {},
  }));
  const units = kind === 'all' ? matrix.units : matrix.units.filter((unit) => unit.kind === kind);
  const kindsPresent = unitKinds.filter((k) => matrix.units.some((unit) => unit.kind === k));
  const tasksPerUnit = (unit: Unit) => rows.filter((row) => row.cells[unit.code]).length;

  const unitColumn = (unit: Unit): TableColumnsType<MatrixRow>[number] => ({
    key: unit.code,
    width: unitColumnWidth,
    align: 'center',
    className: `matrix-unit-col kind-${unit.kind}`,
    title: (
      <Tooltip title={`${unit.name} · ${t(`unitKind.${unit.kind}`)}`}>
        <Link to={`/units/${unit.code}`} className="matrix-unit-name">
          {unit.name}
        </Link>
      </Tooltip>
    ),
    render: (_, row) => {
      const cell = row.cells[unit.code];
      if (!cell) return null;
      const role = t(`role.${cell.role}`);
      const phrase = cell.via ? phraseOf.get(cell.via) ?? cell.via : undefined;
      const label = phrase
        ? t('matrix.cellVia', { unit: unit.name, role, phrase })
        : t('matrix.cellDirect', { unit: unit.name, role });
      return (
        <Tooltip title={label}>
          <span className={phrase ? 'matrix-mark is-via' : 'matrix-mark'} aria-label={label} data-testid="matrix-mark">
            {phrase ? '○' : '●'}
          </span>
        </Tooltip>
      );
    },
  });

  const columns: TableColumnsType<MatrixRow> = [
    {
      key: 'task',
      title: t('matrix.task'),
      width: taskColumnWidth,
      fixed: 'left',
      render: (_, row) => (
        <Tooltip title={row.groupTitle} placement="right">
          <span className="matrix-task">
            <span className="matrix-task-number">{row.number}.</span> {row.title}
          </span>
        </Tooltip>
      ),
    },
    ...units.map(unitColumn),
    {
      key: 'count',
      title: t('matrix.unitsPerTask'),
      width: countColumnWidth,
      fixed: 'right',
      align: 'center',
      render: (_, row) => units.filter((unit) => row.cells[unit.code]).length,
    },
  ];

  return (
    <div className="stack">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.matrix')}</Typography.Title>
        <div className="matrix-tools">
          <span className="matrix-legend">
            <span className="matrix-mark">●</span> {t('matrix.legendDirect')}
            <span className="matrix-mark is-via">○</span> {t('matrix.legendVia')}
          </span>
          <Select<UnitKind | 'all'>
            value={kind}
            onChange={setKind}
            aria-label={t('matrix.kinds')}
            className="matrix-kind"
            popupMatchSelectWidth={false}
            options={[
              { value: 'all', label: t('matrix.allKinds') },
              ...kindsPresent.map((k) => ({ value: k, label: t(`unitKind.${k}`) })),
            ]}
          />
          <Button type="primary" icon={<DownloadOutlined />} href={planDownloads.responsibilityMatrix} download data-testid="matrix-download">
            {t('matrix.download')}
          </Button>
        </div>
      </div>
      <Table<MatrixRow>
        data-testid="matrix-table"
        className="matrix-table"
        size="small"
        bordered
        pagination={false}
        rowKey="number"
        columns={columns}
        dataSource={rows}
        tableLayout="fixed"
        scroll={{ x: taskColumnWidth + countColumnWidth + units.length * unitColumnWidth }}
        summary={() => (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row className="matrix-summary">
              <Table.Summary.Cell index={0} className="matrix-summary-label">
                {t('matrix.tasksPerUnit')}
              </Table.Summary.Cell>
              {units.map((unit, i) => (
                <Table.Summary.Cell key={unit.code} index={i + 1} align="center">
                  {tasksPerUnit(unit)}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={units.length + 1} />
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </div>
  );
}
