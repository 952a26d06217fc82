import type { MessageKey, Messages } from './zh-CN.js';

export type MessageValues = Record<string, string | number>;

const placeholder = /\{(\w+)\}/g;

/** The distinct `{name}` placeholders a message expects, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((match) => match[1]!))].sort();
}

/**
 * English needs "1 task" but "2 tasks"; Chinese does not inflect. A message may therefore give two
 * forms separated by " | ": the first is used when the number is 1, the second otherwise. The
 * number is `count`, or else the message's first placeholder ("{days} day | {days} days").
 */
function chooseForm(template: string, values: MessageValues | undefined): string {
  const forms = template.split(' | ');
  if (forms.length !== 2) return template;
  const first = /\{(\w+)\}/.exec(forms[0]!)?.[1];
  const number = values?.count ?? (first === undefined ? undefined : values?.[first]);
  return number === 1 ? forms[0]! : forms[1]!;
}

/** Fills `{name}` placeholders; a value left out stays visible as `{name}` so the gap is noticed. */
export function translate(messages: Messages, key: MessageKey, values?: MessageValues): string {
  const template = chooseForm(messages[key], values);
  if (!values) return template;
  return template.replace(placeholder, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
