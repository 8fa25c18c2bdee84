import type { LanguageCode } from '../../../electron/shared/content-pack';
import type {
  PackChanges,
  PreflightCheckName,
  PreflightCode,
  PreflightParams,
  PreflightText,
} from '../../../electron/shared/contract/packs';
import { dashboardStrings } from '../dashboard/strings';
import type { AdminLanguage } from '../i18n';

/** The check names in Chinese; English shows the core's names as they are. */
const CHECK_NAMES_ZH: Readonly<Record<PreflightCheckName, string>> = {
  structure: '结构',
  signature: '签名',
  manifest: '清单',
  'kiosk version': '终端版本',
  'file list': '文件列表',
  hashes: '文件校验',
  'disk space': '磁盘空间',
  version: '版本',
};

/** A list as the admin language writes one: "a, b" or "甲、乙". */
export const listOf = (items: readonly string[], language: AdminLanguage): string =>
  items.join(language === 'en' ? ', ' : '、');

/** Language codes as names in the admin language ("English", "中文"). */
export const languageNames = (codes: readonly string[], language: AdminLanguage): string => {
  const names: Readonly<Partial<Record<string, string>>> = dashboardStrings(language).languageNames;
  return listOf(
    codes.map((code) => names[code] ?? code),
    language,
  );
};

/**
 * The pre-flight texts in Chinese, by code. English shows the core's own
 * `message`, so each English wording exists once (electron/core/packs/preflight-texts.ts).
 */
const ZH: { [C in PreflightCode]: (p: PreflightParams[C]) => string } = {
  passed: () => '通过',
  'not-run': () => '未执行：前面的检查未通过',
  failed: (p) => `未通过：${p.detail}`,
  'bad-trusted-key': () => 'settings.trustedPackKey 不是有效的 Ed25519 公钥：请修改 kiosk.config.json',
  'structure-ok': (p) => `共 ${p.files} 个文件，名称、类型和大小均在限制之内`,
  'signed-trusted': () => '已用受信任的密钥签名',
  'signed-optional': () => '已签名（本终端不要求签名）',
  'unsigned-allowed': () => '本终端不要求签名',
  'manifest-ok': (p) => `${p.id} ${p.version}，格式有效`,
  'kiosk-version-ok': (p) => `需要终端程序 ${p.needs} 或更新版本；本终端为 ${p.kiosk}`,
  'file-list-ok': (p) => `清单列出 ${p.files} 个文件，无缺失、无多余`,
  'hashes-ok': () => '每个文件都与其 SHA-256 校验值一致',
  'space-ok': (p) => `需要 ${p.megabytes} MB，本机磁盘空间足够`,
  'version-change': (p) => `${p.from ?? '无'} → ${p.to}`,
  'version-downgrade': (p) => `从 ${p.from ?? '无'} 降级`,
  'downgrade-refused': (p) => `${p.to} 不比当前的 ${p.from ?? '无'} 新，本终端不允许降级`,
  'warn-unsigned': () => '此内容包未签名',
  'warn-downgrade': (p) => `${p.to} 不比当前的 ${p.from ?? '无'} 新：启用前需要管理员确认降级`,
  'warn-languages-removed': (p) => `不再提供的语言：${languageNames(p.languages, 'zh-CN')}`,
};

/** A pre-flight check's name in the admin language. */
export const checkName = (name: PreflightCheckName, language: AdminLanguage): string =>
  language === 'en' ? name : CHECK_NAMES_ZH[name];

/** A pre-flight text (check outcome or warning) in the admin language. */
export const preflightWording = (text: PreflightText, language: AdminLanguage): string =>
  language === 'en' ? text.message : (ZH[text.code] as (p: PreflightText['params']) => string)(text.params);

/** The chapters a pack would show, by title in the admin language (else another of the pack's, else the id). */
export const chapterTitles = (chapters: PackChanges['chapters'], language: AdminLanguage): string[] => {
  const order: LanguageCode[] = language === 'en' ? ['en', 'zh-CN'] : ['zh-CN', 'en'];
  return chapters.map((c) => order.map((l) => c.title[l]).find((t) => t !== undefined) ?? c.id);
};
