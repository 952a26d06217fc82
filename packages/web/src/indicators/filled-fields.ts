/**
 * A form's values without the fields left empty (undefined, null or ''), which the API reads as
 * "not given". Required fields are never empty once the form has validated, so the type holds.
 */
export function filledFields<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== '')) as T;
}
