import { neutralizeFormula, responsibilityMatrix, type Plan } from '@ipcounty/domain';

const roleMark = { lead: '牵头', 'co-operating': '配合', responsible: '●' } as const;

/**
 * 责任清单: the task × unit matrix as an Excel workbook, one row per task and one column per
 * unit; a unit that holds a task through a group phrase ("开发区、各镇街") is marked ○.
 * A second sheet lists each task's responsibility text verbatim.
 */
export async function responsibilityMatrixWorkbook(plan: Plan): Promise<Buffer> {
  const matrix = responsibilityMatrix(plan);
  // exceljs is loaded on the first workbook, not at start (it costs a few hundred milliseconds).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IPCounty';
  const sheet = workbook.addWorksheet('责任清单', { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });

  sheet.mergeCells(1, 1, 1, 3 + matrix.units.length);
  const title = sheet.getCell(1, 1);
  title.value = neutralizeFormula(`${plan.title} 责任清单（● 点名单位，○ 由单位组展开）`);
  title.font = { bold: true, size: 14 };

  const header = sheet.getRow(2);
  ['序号', '任务类别', '重点任务', ...matrix.units.map((u) => u.name)].forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = neutralizeFormula(text);
    cell.font = { bold: true };
    cell.alignment = i >= 3 ? { textRotation: 90, horizontal: 'center' } : { vertical: 'middle' };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.height = 110;

  matrix.tasks.forEach((task, index) => {
    const row = sheet.getRow(3 + index);
    row.getCell(1).value = task.number;
    row.getCell(2).value = neutralizeFormula(task.group);
    row.getCell(3).value = neutralizeFormula(task.title);
    matrix.units.forEach((unit, u) => {
      const cell = matrix.cells[task.number]?.[unit.code];
      if (!cell) return;
      const target = row.getCell(4 + u);
      target.value = cell.via ? '○' : roleMark[cell.role];
      target.alignment = { horizontal: 'center' };
    });
  });
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 22;
  sheet.getColumn(3).width = 30;
  matrix.units.forEach((_, u) => (sheet.getColumn(4 + u).width = 4.5));

  const texts = workbook.addWorksheet('责任单位原文');
  texts.columns = [
    { header: '序号', key: 'number', width: 6 },
    { header: '重点任务', key: 'title', width: 30 },
    { header: '责任单位（方案原文）', key: 'text', width: 90 },
  ];
  texts.getRow(1).font = { bold: true };
  for (const group of plan.taskGroups)
    for (const task of group.tasks)
      texts.addRow({ number: task.number, title: neutralizeFormula(task.title), text: neutralizeFormula(task.responsibility.text) });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
