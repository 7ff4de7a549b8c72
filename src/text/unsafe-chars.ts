// Characters that XML 1.0 cannot carry (§2.2 Char): C0 controls other than tab, line feed and
// carriage return, lone surrogates, U+FFFE and U+FFFF. Word, LibreOffice, Excel and openpyxl refuse
// a file that holds one, and RFC 5545 forbids controls in calendar text. Lint warns where the plan
// has one (rule control-character); every renderer drops them (DESIGN §7 "Nothing lost").

/** One such character. */
export const UNSAFE_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const UNSAFE_CHARS = new RegExp(UNSAFE_CHAR.source, 'g');

/** `text` without them. */
export function dropUnsafeChars(text: string): string {
  return UNSAFE_CHAR.test(text) ? text.replace(UNSAFE_CHARS, '') : text;
}

/** Numeric character references to them (`&#1;`, `&#xFFFE;`), which are just as illegal in XML. */
const UNSAFE_REFERENCE = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;

/** XML text without unsafe characters, written raw or as references. */
export function dropUnsafeXml(xml: string): string {
  return dropUnsafeChars(xml).replace(UNSAFE_REFERENCE, (whole, hex: string | undefined, dec: string | undefined) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code > 0x10ffff || UNSAFE_CHAR.test(String.fromCharCode(code)) ? '' : whole;
  });
}
