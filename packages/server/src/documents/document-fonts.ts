import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { faces } from './official-layout.js';

/**
 * The installed fonts that stand in for the 公文 faces in a PDF. The official faces (方正小标宋简体,
 * 仿宋_GB2312, 黑体, 楷体_GB2312) are commercial and seldom installed on a server; the substitutes
 * that keep a 公文's look are Noto Serif CJK SC for 小标宋 and 仿宋, Noto Sans CJK SC for 黑体 and
 * AR PL UKai for 楷体 (Debian: fonts-noto-cjk, fonts-arphic-ukai). Fontconfig is asked first, so a
 * machine that has the official faces uses them; known Debian paths when it cannot answer.
 */
export type FaceRole = 'title' | 'body' | 'heading1' | 'heading2';

export interface InstalledFont {
  file: string;
  /** The PostScript name of the face inside a collection (.ttc). */
  postscriptName: string;
  family: string;
}

export interface FontChoice {
  fonts: Record<FaceRole, InstalledFont>;
  /** Each official face and the font used for it. */
  substitutions: { face: string; used: string }[];
}

const wanted: Record<FaceRole, string[]> = {
  title: [faces.title, 'Noto Serif CJK SC', 'Source Han Serif SC'],
  body: [faces.body, 'FangSong', 'Noto Serif CJK SC', 'Source Han Serif SC'],
  heading1: [faces.heading1, 'SimHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei'],
  heading2: [faces.heading2, 'KaiTi', 'AR PL UKai CN', 'Noto Serif CJK SC'],
};

const knownPaths: InstalledFont[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular', family: 'Noto Serif CJK SC' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', postscriptName: 'WenQuanYiMicroHei', family: 'WenQuanYi Micro Hei' },
];

/** fontconfig's answer for a family, only when it really has that family (fc-match always answers something). */
function fontconfigFont(family: string): InstalledFont | null {
  try {
    const [file, postscriptName, families] = execFileSync('fc-match', ['-f', '%{file}\n%{postscriptname}\n%{family}', family], { encoding: 'utf8', timeout: 5000 }).split('\n');
    if (!file || !postscriptName || !families) return null;
    const names = families.split(',');
    if (!names.some((n) => n.toLowerCase() === family.toLowerCase())) return null;
    return /\.(ttf|otf|ttc)$/i.test(file) && fs.existsSync(file) ? { file, postscriptName, family: names[0]! } : null;
  } catch {
    return null;
  }
}

function findFont(role: FaceRole): InstalledFont | null {
  for (const family of wanted[role]) {
    const found = fontconfigFont(family);
    if (found) return found;
  }
  const serif = role !== 'heading1';
  const known = knownPaths.filter((k) => fs.existsSync(k.file));
  return known.find((k) => (serif ? k.family.includes('Serif') : !k.family.includes('Serif'))) ?? known[0] ?? null;
}

let cached: FontChoice | null | undefined;

/** The fonts for a PDF, or null when no font with Chinese characters is installed. */
export function documentFonts(): FontChoice | null {
  if (cached !== undefined) return cached;
  const roles: FaceRole[] = ['title', 'body', 'heading1', 'heading2'];
  const found = roles.map((r) => [r, findFont(r)] as const);
  if (found.some(([, f]) => !f)) return (cached = null);
  const fonts = Object.fromEntries(found) as Record<FaceRole, InstalledFont>;
  const official: Record<FaceRole, string> = { title: faces.title, body: faces.body, heading1: faces.heading1, heading2: faces.heading2 };
  return (cached = { fonts, substitutions: roles.map((r) => ({ face: official[r], used: fonts[r].family })) });
}

const bytes = new Map<string, Buffer>();

/** A font file's bytes, read once: a CJK collection is 20 MB, and a run of reports would read it for every PDF. */
export function fontBytes(file: string): Buffer {
  let data = bytes.get(file);
  if (!data) bytes.set(file, (data = fs.readFileSync(file)));
  return data;
}

/** Said when no Chinese font is installed: what to install. */
export const noChineseFont = {
  zh: '服务器未安装中文字体，无法生成 PDF：请安装 fonts-noto-cjk（Debian: apt-get install -y fonts-noto-cjk）',
  en: 'No Chinese font is installed, so no PDF can be made: install fonts-noto-cjk',
} as const;
