import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { roleIds } from '@ipcounty/domain';
import { AppError, officialValueInputSchema } from '@ipcounty/server';
import { indicatorsMessages } from '../catalogue/indicators.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { choiceOption, dateOption, numberOption } from '../command-line.js';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;
const splitDimensions = ['region', 'industry', 'enterprise'] as const;
type SplitBy = (typeof splitDimensions)[number];
type Messages = (typeof indicatorsMessages)[CliLanguage];

/** A number as the dashboard shows it: up to two decimals, no trailing zeros. */
const shown = (value: number | null) => (value === null ? '—' : String(Math.round(value * 100) / 100));
const withUnit = (value: number | null, unit: string) => (value === null ? '—' : unit === '%' ? `${shown(value)}%` : `${shown(value)} ${unit}`);

/**
 * A split row's figure with its unit. A per-10,000 indicator never shows a bare count: a row
 * without a population of its own (the development zone) says so and gives its records as such.
 */
function splitFigure(row: { value: number | null; count: number; noOwnPopulation: boolean }, unit: string, m: Messages): string {
  if (row.value !== null) return withUnit(row.value, unit);
  if (unit.includes('/万人')) return row.noOwnPopulation ? m.noOwnPopulation(row.count) : m.noPerTenThousand(row.count);
  return m.records(row.count);
}

/** `ipcounty indicators`: the plan's targets at a date, split by town, industry or enterprise; official values. */
export function indicatorsCommand(done: Run, lang: CliLanguage): Command {
  const m = indicatorsMessages[lang];
  const common = programMessages[lang];
  const indicators = new Command('indicators')
    .description(m.description)
    .option('--as-of <date>', m.asOfOption)
    .option('--by <dimension>', m.byOption)
    .option('--top <n>', m.topOption, '10')
    .option('--county <code>', common.countyOption)
    .option('--json', common.jsonOption)
    // `official set --as-of …` has options of the same names: these count only before a subcommand.
    .enablePositionalOptions()
    .action(async (options: OutputOptions & { asOf?: string; by?: string; top: string; county?: string }) => {
      try {
        const by: SplitBy | undefined = options.by === undefined ? undefined : choiceOption('--by', options.by, splitDimensions, lang);
        const top = Math.max(1, Math.floor(numberOption('--top', options.top, lang)));
        const asOf = options.asOf === undefined ? undefined : dateOption('--as-of', options.asOf, lang);
        const result = await withDatabase(async (ctx) => {
          ctx.operator.require('dashboard.read');
          const countyId = await ctx.operator.county(options.county);
          const service = ctx.indicators;
          const dashboard = await service.dashboard(countyId, asOf);
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
          const lines = [m.heading(result.county, result.asOf)];
          let group = '';
          for (const t of result.targets) {
            if (t.group !== group) lines.push('', (group = t.group));
            lines.push(
              `  ${t.name}: ${withUnit(t.value, t.unit)} · ${m.target(m.comparison[t.comparison] ?? t.comparison, withUnit(t.target, t.unit))} · ${m.status[t.status] ?? t.status}` +
                (t.official ? ` · ${m.official(shown(t.official.value), t.official.asOf, t.official.source)}` : '') +
                (t.estimate
                  ? ` · ${t.estimate.share === null ? m.estimate(t.estimate.year, `— (${t.estimate.missing})`, null) : m.estimate(t.estimate.year, `${shown(t.estimate.share)}%`, t.estimate.industries.length)}`
                  : ''),
            );
            if (t.split === null && by) lines.push(`      ${m.notSplit(m.dimension[by] ?? by)}`);
            for (const row of t.split ?? []) lines.push(`      ${row.countyLevelOnly ? m.countyLevelOnly(row.name) : row.name || m.unlabelled}: ${splitFigure(row, t.valueUnit, m)}`);
            if (t.apart) lines.push(`      ${m.apart(t.apart.names, t.apart.numerator, t.apart.share === null ? '—' : `${shown(t.apart.share)}%`)}`);
          }
          return lines.join('\n');
        });
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  const official = new Command('official').description(m.officialDescription);

  official
    .command('set')
    .description(m.setDescription)
    .requiredOption('--indicator <code>', m.indicatorOption)
    .requiredOption('--as-of <date>', m.valueAsOfOption)
    .requiredOption('--value <number>', m.valueOption)
    .requiredOption('--source <document>', m.sourceOption)
    .requiredOption('--published-on <date>', m.publishedOnOption)
    .option('--region <code>', m.regionOption)
    .option('--decimals <n>', m.decimalsOption)
    .option('--publisher <name>', m.publisherOption)
    .option('--note <text>', m.noteOption)
    .option('--county <code>', common.countyOption)
    .option('--json', common.jsonOption)
    .action(async (options: OutputOptions & { indicator: string; asOf: string; value: string; source: string; publishedOn: string; region?: string; decimals?: string; publisher?: string; note?: string; county?: string }) => {
      try {
        const parsed = officialValueInputSchema.safeParse({
          asOf: dateOption('--as-of', options.asOf, lang),
          value: numberOption('--value', options.value, lang),
          sourceDocument: options.source,
          publishedOn: dateOption('--published-on', options.publishedOn, lang),
          ...(options.region ? { region: options.region } : {}),
          ...(options.decimals !== undefined ? { decimals: numberOption('--decimals', options.decimals, lang) } : {}),
          ...(options.publisher ? { publisher: options.publisher } : {}),
          ...(options.note ? { note: options.note } : {}),
        });
        if (!parsed.success)
          throw new AppError(422, 'invalid_input', m.invalidOfficial, parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
        const result = await withDatabase(async (ctx) => {
          ctx.operator.require('registers.write');
          const countyId = await ctx.operator.county(options.county);
          const service = ctx.indicators;
          const saved = await service.saveOfficialValue({ countyId, code: options.indicator, user: ctx.operator.user(roleIds), input: parsed.data });
          const comparison = (await service.officialValues(countyId, options.indicator)).find((c) => c.official.id === saved.id);
          return { official: saved, computed: comparison?.computed ?? null, reconciliation: comparison?.reconciliation ?? null };
        });
        print(options, result, () =>
          m.recorded(
            options.indicator,
            withUnit(result.official.value, result.official.unit),
            result.official.asOf,
            result.official.sourceDocument,
            shown(result.computed),
            result.reconciliation ? (m.reconciliation[result.reconciliation.status] ?? result.reconciliation.status) : '—',
          ),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  official
    .command('list')
    .description(m.listDescription)
    .option('--indicator <code>', m.onlyIndicatorOption)
    .option('--county <code>', common.countyOption)
    .option('--json', common.jsonOption)
    .action(async (options: OutputOptions & { indicator?: string; county?: string }) => {
      try {
        const comparisons = await withDatabase(async (ctx) => {
          ctx.operator.require('dashboard.read');
          return ctx.indicators.officialValues(await ctx.operator.county(options.county), options.indicator);
        });
        print(options, { officialValues: comparisons }, () =>
          comparisons
            .map(({ official: o, computed, reconciliation: r }) => m.listRow(o.id, o.indicatorKey, o.region, o.asOf, String(o.value), shown(computed), m.reconciliation[r.status] ?? r.status, o.sourceDocument))
            .join('\n') || m.noneRecorded,
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  official
    .command('delete')
    .description(m.deleteDescription)
    .argument('<id>', m.idArgument)
    .requiredOption('--indicator <code>', m.indicatorOption)
    .option('--county <code>', common.countyOption)
    .option('--json', common.jsonOption)
    .action(async (id: string, options: OutputOptions & { indicator: string; county?: string }) => {
      try {
        await withDatabase(async (ctx) => {
          ctx.operator.require('registers.write');
          await ctx.indicators.deleteOfficialValue({ countyId: await ctx.operator.county(options.county), code: options.indicator, user: ctx.operator.user(roleIds), id });
        });
        print(options, { deleted: id }, () => m.deleted(id));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  indicators.addCommand(official);
  return indicators;
}
