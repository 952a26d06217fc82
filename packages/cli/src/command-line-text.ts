import { Help, type Command, type Option } from 'commander';
import type { CliLanguage } from './cli-language.js';
import { programMessages } from './catalogue/program.messages.js';

/** Commander's help titles in Chinese; the English ones are its own. */
const chineseTitles: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
};

/**
 * Commander's refusals in Chinese, recognised by their wording (Commander gives no parameters):
 * `error: unknown option '--x'` → `未知选项 --x`. An unrecognised one is left as Commander wrote it.
 */
function chineseRefusal(text: string): string {
  const m = programMessages['zh-CN'].commander;
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? '';
  const refusal = /unknown option/.test(text)
    ? m.unknownOption(quoted)
    : /unknown command/.test(text)
      ? m.unknownCommand(quoted)
      : /missing required argument/.test(text)
        ? m.missingArgument(quoted)
        : /required option .* not specified/.test(text)
          ? m.missingOption(quoted)
          : /argument missing/.test(text)
            ? m.optionMissingArgument(quoted)
            : /too many arguments/.test(text)
              ? m.excessArguments
              : undefined;
  return refusal === undefined ? text : `错误：${refusal}\n`;
}

/**
 * Make a command speak the CLI's language: its help and version options, its help titles and
 * defaults, and Commander's own refusals of a wrong command line.
 */
export function speakLanguage(command: Command, lang: CliLanguage): void {
  const text = programMessages[lang];
  command.helpOption('-h, --help', text.help);
  if (lang === 'en') return;
  command.configureHelp({
    styleTitle: (title: string) => chineseTitles[title] ?? title,
    optionDescription(this: Help, option: Option) {
      return Help.prototype.optionDescription.call(this, option).replace(/\(default: (.*)\)$/, '（默认：$1）');
    },
  });
  command.configureOutput({ outputError: (message, write) => write(chineseRefusal(message)) });
}
