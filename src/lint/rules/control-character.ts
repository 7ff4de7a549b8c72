import type { Finding } from '../../plan/findings.js';
import { UNSAFE_CHAR } from '../../text/unsafe-chars.js';
import type { Rule } from '../rule.js';

/** Text that Word, LibreOffice and Excel cannot carry (C0 controls, U+FFFE, U+FFFF) reaches the
 * data only through a double-quoted escape ("\u0001"): a raw one is already a YAML error. The
 * renderers drop such characters; this says where they are, so the text can be mended. */
export const controlCharacter: Rule = {
  id: 'control-character',
  severity: 'warning',
  description: {
    vi: 'Văn bản không chứa ký tự điều khiển (viết bằng mã như "\\u0001") mà Word, Excel không mang được; báo cáo sẽ bỏ các ký tự này.',
    en: 'Text holds no control characters (written as escapes like "\\u0001") that Word and Excel cannot carry; reports drop them.',
  },
  check(model) {
    const findings: Finding[] = [];
    for (const file of model.files) {
      if (!file.escaped || file.data === undefined) continue;
      walk(file.data, '', (pointer, text) => {
        const char = UNSAFE_CHAR.exec(text)?.[0] ?? '';
        findings.push({ rule: 'control-character', severity: 'warning', file: file.path, pointer, message: 'rule.control-character',
          params: { code: `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` } });
      });
    }
    return findings;
  },
};

function walk(node: unknown, pointer: string, found: (pointer: string, text: string) => void): void {
  if (typeof node === 'string') {
    if (UNSAFE_CHAR.test(node)) found(pointer, node);
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${pointer}/${i}`, found));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, found);
  }
}
