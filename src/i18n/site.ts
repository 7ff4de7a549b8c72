import type { Catalog } from './index.js';

// Messages of `de06 site`, the static dashboard (DESIGN §5.2). The pages themselves are always
// Vietnamese (src/site/words.ts); these are what the command says to the person running it.
export const siteMessages: Catalog = {
  'site.cli.description': {
    vi: { message: 'trang web tĩnh theo dõi thực hiện kế hoạch, cho Trung tâm IOC, lãnh đạo và người dân (mở được từ máy, không cần máy chủ)' },
    en: { message: 'a static web dashboard of the plan, for the IOC, leaders and the public (opens from disk, no server needed)' },
  },
  'site.cli.out': {
    vi: { message: 'thư mục ghi trang (mặc định: site/ trong kho kế hoạch)' },
    en: { message: 'folder to write the site to (default: site/ in the plan repository)' },
  },
  'site.meter.title': { vi: { message: 'Dựng trang theo dõi' }, en: { message: 'Building the dashboard' } },
  'site.meter.model': { vi: { message: 'tính số liệu' }, en: { message: 'computing the figures' } },
  'site.meter.pages': { vi: { message: 'dựng các trang' }, en: { message: 'making the pages' } },
  'site.meter.write': { vi: { message: 'ghi thư mục' }, en: { message: 'writing the folder' } },
  'site.cli.force': {
    vi: { message: 'thay thư mục trang đã có (chỉ thư mục do de06 site tạo ra)' },
    en: { message: 'replace an existing site folder (only one that de06 site made)' },
  },
  'site.exists': {
    vi: { message: 'đã có {path}; không ghi đè (dùng --force để thay bằng bản mới). Chưa ghi gì.' },
    en: { message: '{path} already exists; not replaced (pass --force to replace it). Nothing was written.' },
  },
  'site.not-a-site': {
    vi: { message: '{path} đã có và không phải trang do de06 site tạo ra, nên kể cả với --force cũng không thay thế. Chọn thư mục khác bằng --out.' },
    en: { message: '{path} exists and is not a site that de06 site made, so it is not replaced, even with --force. Choose another folder with --out.' },
  },
  'site.holds-plan': {
    vi: { message: 'không thể ghi trang vào {path}: thư mục này chứa kho kế hoạch. Chọn thư mục khác bằng --out, ví dụ --out site.' },
    en: { message: 'cannot write the site to {path}: that folder holds the plan repository. Choose another folder with --out, e.g. --out site.' },
  },
  'site.write-failed': {
    vi: { message: 'không ghi được {path} ({reason}). Chưa ghi gì.' },
    en: { message: 'cannot write {path} ({reason}). Nothing was written.' },
  },
};
