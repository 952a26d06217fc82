import type { CliLanguage } from '../cli-language.js';

/**
 * A command's messages in every language the CLI speaks. The Chinese set is the source; the English
 * one is typed by it, so a message missing from either language fails the typecheck.
 */
export type Catalogue<Messages> = Readonly<Record<CliLanguage, Messages>>;

/** Numbers as the CLI prints them in either language: grouped by thousands. */
export const count = (n: number): string => n.toLocaleString('en-US');
