/**
 * Passwords and password stems that attackers try first (AS-AUTH-03, ASVS 5.0 6.2.4): the
 * leading entries of published leak-frequency lists, Chinese ones included (the 2011 CSDN leak
 * and later), keyboard walks, and words of the trade. Lower case, compared against the
 * normalised forms `checkPassword` derives, so `Admin@123`, `P@ssw0rd!` and `1qaz@WSX` all hit.
 * A deployment can pass a longer list (e.g. a top-3000 file) as `context.blocklist`.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  // digits
  '000000', '00000000', '0000000000', '111111', '11111111', '1111111111', '112233', '11223344',
  '110110', '121212', '12121212', '123123', '123123123', '123321', '123321123', '1234', '12345',
  '123456', '1234567', '12345678', '123456789', '1234567890', '0123456789', '12344321', '123654',
  '123654789', '1314520', '147258', '147258369', '159357', '159753', '222222', '22222222',
  '31415926', '520520', '5201314', '654321', '666666', '66666666', '7758521', '789456',
  '789456123', '87654321', '888888', '88888888', '987654321', '999999', '99999999',
  // letters and digits
  'a123456', 'a1234567', 'a12345678', 'a123456789', 'aa123456', 'aa112233', 'abc123', 'abc123456',
  'abcd1234', '123456a', '123456aa', '123456abc', '123456789a', 'qq123456', 'woaini1314',
  'admin123', 'admin888', 'root123', 'test123', 'hello123', 'password1', 'pass123',
  // keyboard walks
  '1q2w3e', '1q2w3e4r', '1q2w3e4r5t', 'q1w2e3r4', 'qwer1234', '1234qwer', 'qwe123', 'qwe123123',
  'qweasd', 'qweasdzxc', 'qwer', 'qwert', 'qwerty', 'qwertyui', 'qwertyuiop', 'asdf', 'asdfgh',
  'asdfghjkl', 'asd123', 'zxc', 'zxcv', 'zxcvb', 'zxcvbnm', 'qaz', 'wsx', 'qazwsx', 'qazwsxedc',
  '1qaz2wsx', '1qaz2wsx3edc', '1qazxsw2', 'zaq12wsx', 'zaq1xsw2', 'qwe', 'asd', 'abc', 'abcd',
  'abcde', 'abcdef', 'aaaaaa', 'aaaaaaaa', 'qqqqqqqq',
  // words
  'password', 'passwd', 'pass', 'admin', 'administrator', 'root', 'system', 'sysadmin', 'test',
  'guest', 'user', 'login', 'welcome', 'letmein', 'changeme', 'default', 'secret', 'master',
  'iloveyou', 'woaini', 'dearbook', 'xiazhili', 'computer', 'football', 'baseball', 'dragon',
  'monkey', 'sunshine', 'princess', 'shadow', 'superman', 'trustno', 'hello', 'china', 'zhongguo',
  'beijing', 'shanghai', 'nanjing', 'jiangsu', 'huawei', 'xiaomi', 'tencent', 'baidu',
]);

/**
 * Words of this product that must not carry a password (ASVS 5.0 6.2.11). The server adds the
 * county's own words: its name in characters and pinyin, the platform's name, unit names.
 */
export const productContextWords: readonly string[] = [
  'ipcounty',
  '知识产权',
  'zhishichanquan',
  'zscq',
  '强县',
  'qiangxian',
  'zhengfu',
  '政府',
];
