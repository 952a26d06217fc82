/**
 * A message shown to people in both languages the product ships. zh-CN is the source of truth;
 * English follows it.
 */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** A reason something was refused: a stable code for programs, the text for people. */
export interface LocalizedProblem<Code extends string = string> extends LocalizedText {
  code: Code;
}
