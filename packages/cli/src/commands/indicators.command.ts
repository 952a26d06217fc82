import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { roleIds } from '@ipcounty/domain';
import { AppError, officialValueInputSchema, operatorCountyId, operatorUser } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;
type SplitBy = 'region' | 'industry' | 'enterprise';

const statusText: Record<string, string> = {
  achieved: '已实现 achieved',
  'on-track': '预计可完成 on track',
  'at-risk': '有风险 at risk',
  'off-track': '预计难以完成 off track',
  'not-met': '未达目标 not met',
  'insufficient-data': '数据不足 insufficient data',
};
const comparisonText: Record<string, string> = { reach: '达到', 'at-least': '不低于', exceed: '超过', strive: '力争' };


/** A number as the dashboard shows it: up to two decimals, no trailing zeros. */
const shown = (value: number | null) => (value === null ? '—' : String(Math.round(value * 100) / 100));
const withUnit = (value: number | null, unit: string) => (value === null ? '—' : unit === '%' ? `${shown(value)}%` : `${shown(value)} ${unit}`);

/**
 * A split row's figure with its unit. A per-10,000 indicator never shows a bare count: a row
 * without a population of its own (the development zone) says so and gives its records as such.
 */
function splitFigure(row: { value: number | null; count: number; noOwnPopulation: boolean }, unit: string): string {
  if (row.value !== null) return withUnit(row.value, unit);
  if (unit.includes('/万人'))
    return row.noOwnPopulation
      ? `—（无单独常住人口，不计算每万人口；计入全县总量的记录 ${row.count} 件 / no population of its own: ${row.count} records counted in the county total）`
      : `—（此拆分不计算每万人口；记录 ${row.count} 件 / no per-10,000 figure in this split: ${row.count} records）`;
  return `${row.count} 件/项`;
}

function parseNumber(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new AppError(422, 'invalid_number', `不是数字 / not a number: ${text}`);
  return value;
}

/** `ipcounty indicators`: the plan's targets at a date, split by town, industry or enterprise; official values. */
export function indicatorsCommand(done: Run, lang: CliLanguage): Command {
  const indicators = new Command('indicators')
    .description('统计监测: every target of the plan at a date (value, target, status), optionally split by region, industry or enterprise')
    .option('--as-of <date>', 'the date, YYYY-MM-DD (default: today)')
    .option('--by <dimension>', 'split each indicator by region, industry or enterprise')
    .option('--top <n>', 'rows per split for industry and enterprise (default 10)', '10')
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    // `official set --as-of …` has options of the same names: these count only before a subcommand.
    .enablePositionalOptions()
    .action(async (options: OutputOptions & { asOf?: string; by?: string; top: string; county?: string }) => {
      try {
        if (options.by && !['region', 'industry', 'enterprise'].includes(options.by))
          throw new AppError(422, 'invalid_dimension', `--by must be region, industry or enterprise, not "${options.by}"`);
        const by = options.by as SplitBy | undefined;
        const top = Math.max(1, Math.floor(parseNumber(options.top)));
        const result = await withDatabase(async (ctx) => {
          const countyId = await operatorCountyId(ctx, options.county);
          const service = ctx.indicators;
          const dashboard = await service.dashboard(countyId, options.asOf);
          const targets = [];
          for (const target of dashboard.targets) {
            const detail = by
              ? await service.detail(countyId, target.code, { asOf: dashboard.asOf, by, granularity: 'month', offset: 0, limit: by === 'region' ? 1000 : top }).catch((error: unknown) => {
                  if (error instanceof AppError && error.code === 'dimension_not_supported') return null;
                  throw error;
                })
              : null;
            targets.push({
              code: target.code,
              name: target.name,
              group: target.group.title,
              value: target.value,
              unit: target.unit,
              target: target.target,
              comparison: target.comparison,
              status: target.status,
              forecast: target.forecast.forecast?.point ?? null,
              official: target.official ? { value: target.official.official.value, asOf: target.official.official.asOf, source: target.official.official.sourceDocument, difference: target.official.reconciliation.difference } : null,
              valueUnit: target.definition.unit,
              estimate: target.estimate
                ? { year: target.estimate.year, share: target.estimate.share, missing: target.estimate.missing, industries: target.estimate.industries.map((i) => ({ code: i.industryCode, name: i.industryName, category: i.category, valueAddedFen: i.valueAddedFen })) }
                : null,
              ...(by
                ? {
                    split: detail?.split
                      ? detail.split.rows.map((r) => ({ key: r.key, name: r.name, countyLevelOnly: r.countyLevelOnly, noOwnPopulation: r.noOwnPopulation, value: r.value, count: r.numerator }))
                      : null,
                    apart: detail?.split?.apart ?? null,
                  }
                : {}),
            });
          }
          return { county: countyId, asOf: dashboard.asOf, targets };
        });
        print(options, result, () => {
          const lines = [`${result.county} · 统计监测 as of ${result.asOf}`];
          let group = '';
          for (const t of result.targets) {
            if (t.group !== group) lines.push('', (group = t.group));
            lines.push(
              `  ${t.name}: ${withUnit(t.value, t.unit)} · 目标 ${comparisonText[t.comparison] ?? t.comparison} ${withUnit(t.target, t.unit)} · ${statusText[t.status] ?? t.status}` +
                (t.official ? ` · 官方 ${shown(t.official.value)} (${t.official.asOf}, ${t.official.source})` : '') +
                (t.estimate ? ` · 平台测算 ${t.estimate.year}: ${t.estimate.share === null ? `— (${t.estimate.missing})` : `${shown(t.estimate.share)}%（${t.estimate.industries.length} 个行业）`}` : ''),
            );
            if (t.split === null) lines.push(`      (not split by ${by})`);
            for (const row of t.split ?? []) lines.push(`      ${row.countyLevelOnly ? `${row.name}（未细分到镇街）` : row.name || '（未标注 none）'}: ${splitFigure(row, t.valueUnit)}`);
            if (t.apart)
              lines.push(
                `      注：${t.apart.names.join('、')}的 ${t.apart.numerator} 件计入全县总量（${t.apart.share === null ? '—' : `${shown(t.apart.share)}%`}），无单独常住人口，不计算每万人口 / counted in the county total; no population of their own, so no per-10,000 figure`,
              );
          }
          return lines.join('\n');
        });
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  const official = new Command('official').description('官方发布值: values published by an authority, kept beside the computed ones');

  official
    .command('set')
    .description('record an official value; the same document and date again corrects it')
    .requiredOption('--indicator <code>', "the plan's indicator code (e.g. effective-invention-patents-per-10k)")
    .requiredOption('--as-of <date>', 'the date the value describes, YYYY-MM-DD (e.g. 2025-12-31)')
    .requiredOption('--value <number>', 'the value as published')
    .requiredOption('--source <document>', 'title and number of the publishing document')
    .requiredOption('--published-on <date>', 'publication date, YYYY-MM-DD')
    .option('--region <code>', 'a region of the plan (default: the county)')
    .option('--decimals <n>', 'decimal places as published (default: those of the value)')
    .option('--publisher <name>', 'the publishing authority')
    .option('--note <text>', 'a remark')
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    .action(async (options: OutputOptions & { indicator: string; asOf: string; value: string; source: string; publishedOn: string; region?: string; decimals?: string; publisher?: string; note?: string; county?: string }) => {
      try {
        const parsed = officialValueInputSchema.safeParse({
          asOf: options.asOf,
          value: parseNumber(options.value),
          sourceDocument: options.source,
          publishedOn: options.publishedOn,
          ...(options.region ? { region: options.region } : {}),
          ...(options.decimals !== undefined ? { decimals: parseNumber(options.decimals) } : {}),
          ...(options.publisher ? { publisher: options.publisher } : {}),
          ...(options.note ? { note: options.note } : {}),
        });
        if (!parsed.success)
          throw new AppError(422, 'invalid_input', '官方发布值无效 / The official value is invalid', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
        const result = await withDatabase(async (ctx) => {
          const countyId = await operatorCountyId(ctx, options.county);
          const service = ctx.indicators;
          const saved = await service.saveOfficialValue({ countyId, code: options.indicator, user: operatorUser(ctx.actor, roleIds), input: parsed.data });
          const comparison = (await service.officialValues(countyId, options.indicator)).find((c) => c.official.id === saved.id);
          return { official: saved, computed: comparison?.computed ?? null, reconciliation: comparison?.reconciliation ?? null };
        });
        print(options, result, () =>
          `recorded ${options.indicator} = ${result.official.value} ${result.official.unit} as of ${result.official.asOf} (${result.official.sourceDocument}); ` +
          `platform ${shown(result.computed)}, ${result.reconciliation?.status ?? ''}`,
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  official
    .command('list')
    .description('every official value recorded, beside the platform’s value for its date (对账)')
    .option('--indicator <code>', "only this indicator (the plan's code)")
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    .action(async (options: OutputOptions & { indicator?: string; county?: string }) => {
      try {
        const comparisons = await withDatabase(async (ctx) => ctx.indicators.officialValues(await operatorCountyId(ctx, options.county), options.indicator));
        print(options, { officialValues: comparisons }, () =>
          comparisons
            .map(({ official: o, computed, reconciliation: r }) => `${o.id}  ${o.indicatorKey}  ${o.region}  ${o.asOf}  官方 ${o.value}  平台 ${shown(computed)}  ${r.status}  ${o.sourceDocument}`)
            .join('\n') || 'no official values recorded',
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  official
    .command('delete')
    .description('remove an official value recorded in error')
    .argument('<id>', 'the value id (see `official list`)')
    .requiredOption('--indicator <code>', "the plan's indicator code")
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options: OutputOptions & { indicator: string; county?: string }) => {
      try {
        await withDatabase(async (ctx) => ctx.indicators.deleteOfficialValue({ countyId: await operatorCountyId(ctx, options.county), code: options.indicator, user: operatorUser(ctx.actor, roleIds), id }));
        print(options, { deleted: id }, () => `deleted ${id}`);
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  indicators.addCommand(official);
  return indicators;
}
