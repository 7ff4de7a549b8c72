// Small shared test data: the 2026 days off that DESIGN §2.5 lists as known facts.

import type { Calendar } from '../../src/plan/model.js';

export const calendar2026: Calendar = {
  years: {
    2026: {
      off: [
        { date: '2026-01-01', name: 'Tết Dương lịch' },
        { from: '2026-02-14', to: '2026-02-22', name: 'Tết Nguyên đán' },
        { date: '2026-04-30', name: 'Ngày Giải phóng miền Nam' },
        { date: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
        // Monday 31/8 swapped with Saturday 22/8 (TB 9441/TB-BNV).
        { from: '2026-08-31', to: '2026-09-02', name: 'Quốc khánh' },
        { date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam' },
      ],
      work: ['2026-08-22'],
    },
  },
  at: { file: 'plan/calendar.yaml', pointer: '' },
};
