/**
 * 个人信息去标识化 for lists and logs (GB/T 22239-2019 个人信息保护 b; PIPL Art. 51). Full values
 * go only to holders of 'pii.unmask', and each unmasking is audited by the caller.
 */

const mobile = /^(?:0086|86)?(1\d{10})$/;

/**
 * 手机号 138****1234; 固定电话 0517-****2345 (the area code stays, so the district is still
 * recognisable); anything else keeps its last four digits. Formatting characters are dropped;
 * a +86 prefix is kept. Text without digits gives an empty string.
 */
export function maskPhone(value: string | null | undefined): string {
  if (!value) return '';
  const digits = value.replace(/\D/g, '');
  const mobileMatch = mobile.exec(digits);
  if (mobileMatch?.[1]) {
    const number = mobileMatch[1];
    const prefix = digits.length > 11 ? '+86 ' : '';
    return `${prefix}${number.slice(0, 3)}****${number.slice(7)}`;
  }
  if (/^0\d{9,11}$/.test(digits)) {
    // 010 and 02x are three-digit area codes; the rest have four.
    const areaLength = /^0[12]/.test(digits) ? 3 : 4;
    const local = digits.slice(areaLength);
    return `${digits.slice(0, areaLength)}-${'*'.repeat(local.length - 4)}${local.slice(-4)}`;
  }
  if (digits.length >= 7) return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
  return '*'.repeat(digits.length);
}

/**
 * 身份证号 3201**********1234: the first four digits (province and city) and the last four stay.
 * 15-digit first-generation numbers likewise. Anything shorter is masked entirely.
 */
export function maskIdNumber(value: string | null | undefined): string {
  if (!value) return '';
  const compact = value.replace(/\s/g, '');
  if (compact.length < 15) return '*'.repeat(compact.length);
  return `${compact.slice(0, 4)}${'*'.repeat(compact.length - 8)}${compact.slice(-4)}`;
}

// A number stands alone: a digit run inside a hex digest or a code (ab13912345678cd) is no phone.
const idNumberInText = /(?<![0-9A-Za-z])(?:\d{17}[0-9Xx]|\d{15})(?![0-9A-Za-z])/g;
const mobileInText = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;

/** Masks ID numbers and mobile numbers wherever they occur in free text (comments, log details). */
export function maskPersonalNumbersInText(text: string): string {
  return text
    .replace(idNumberInText, (id) => maskIdNumber(id))
    .replace(mobileInText, (phone) => maskPhone(phone));
}
