/**
 * The owner's location as commercial databases give it when there is no address: 当前申请(专利权)人
 * 州/省, 地市 and 区县 columns (智慧芽, incoPat). Joined, they name the county at most, never a town:
 * a record placed by them is counted in the county as a whole (the split's county-level row).
 */
export interface OwnerLocation {
  province?: string | undefined;
  city?: string | undefined;
  district?: string | undefined;
}

/**
 * The address the location columns spell, province first, each part once: 江苏省 + 淮安市 + 金湖县
 * → 江苏省淮安市金湖县. A part already contained in the one before it (a 直辖市 given as both
 * province and city) is not repeated. Undefined when every part is empty.
 */
export function ownerLocationAddress(location: OwnerLocation): string | undefined {
  let address = '';
  for (const part of [location.province, location.city, location.district]) {
    const text = (part ?? '').replace(/\s+/g, '');
    if (text !== '' && !address.endsWith(text)) address += text;
  }
  return address === '' ? undefined : address;
}
