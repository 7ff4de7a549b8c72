import type { Rule } from '../rule.js';

/** `lint --base`: a progress report already sent has been compiled into the joint report; changing
 * or deleting it makes the two disagree. A draft (no `submitted` at the base) was never sent:
 * filling it in is what it is for. */
export const amendmentReportedPeriod: Rule = {
  id: 'amendment-reported-period',
  severity: 'warning',
  description: {
    vi: 'Sửa hoặc xóa báo cáo tiến độ của kỳ đã gửi: số liệu đã tổng hợp vào báo cáo chung sẽ không còn khớp.',
    en: 'Changing or deleting the progress report of a period already submitted: figures already compiled into the joint report no longer match.',
  },
  check(_head, { base }) {
    if (!base) return [];
    // read from the files, not the valid model: a sent report that fails its schema was still sent
    const sent = new Set(base.model.files.filter((f) => f.kind === 'progress' && hasSubmitted(f.data)).map((f) => f.path));
    return base.changes
      .filter((c) => (c.change === 'progress-changed' || c.change === 'progress-removed') && sent.has(c.file))
      .map((c) => ({ rule: 'amendment-reported-period', severity: 'warning' as const, file: c.file, pointer: c.pointer,
        message: c.change === 'progress-removed' ? 'diff.amendment.reported-removed' : 'diff.amendment.reported-changed',
        params: { unit: c.unit!, period: c.period! } }));
  },
};

function hasSubmitted(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).submitted !== undefined;
}
