import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPersonalNumbersInText, maskPhone } from './masking.js';

describe('maskPhone', () => {
  it('DJ-PI-02 masks a mobile number as 138****1234, however it is written', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('138-1234-1234')).toBe('138****1234');
    expect(maskPhone('+86 138 1234 1234')).toBe('+86 138****1234');
    expect(maskPhone('008613812341234')).toBe('+86 138****1234');
  });

  it('DJ-PI-02 keeps a landline’s area code and last four digits', () => {
    expect(maskPhone('0517-86812345')).toBe('0517-****2345');
    expect(maskPhone('(010) 6552 1234')).toBe('010-****1234');
    expect(maskPhone('025-8461234')).toBe('025-***1234');
  });

  it('DJ-PI-02 masks what it does not recognise rather than showing it', () => {
    expect(maskPhone('8681234')).toBe('***1234');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('')).toBe('');
    expect(maskPhone(null)).toBe('');
    expect(maskPhone('见备注')).toBe('');
  });
});

describe('maskIdNumber', () => {
  it('DJ-PI-02 masks an ID number as 3201**********1234', () => {
    expect(maskIdNumber('32010219900101123X')).toBe('3201**********123X');
    expect(maskIdNumber('320102900101123')).toBe('3201*******1123');
    expect(maskIdNumber('3201 0219 9001 0112 34')).toBe('3201**********1234');
    expect(maskIdNumber('12345678')).toBe('********');
  });
});

describe('maskPersonalNumbersInText', () => {
  it('PI-02 masks ID and mobile numbers inside free text and leaves other numbers alone', () => {
    expect(maskPersonalNumbersInText('联系人王芳，手机13812341234，身份证32010219900101123x，专利 202310012345.6')).toBe(
      '联系人王芳，手机138****1234，身份证3201**********123x，专利 202310012345.6',
    );
    expect(maskPersonalNumbersInText('2025年3月有效发明专利 1234 件')).toBe('2025年3月有效发明专利 1234 件');
  });

  it('leaves digit runs inside a file digest or a code alone (a backup manifest names its SHA-256)', () => {
    const digest = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca13912345678b855';
    expect(maskPersonalNumbersInText(digest)).toBe(digest);
    expect(maskPersonalNumbersInText('ab320102199001011234cd')).toBe('ab320102199001011234cd');
    expect(maskPersonalNumbersInText('sha256 e3b0, tel 13912345678.')).toBe('sha256 e3b0, tel 139****5678.');
  });
});
