// Every rule, in the order they run. Adding a rule is adding a file and a line here.

import type { Rule } from '../rule.js';
import { amendmentAuthority } from './amendment-authority.js';
import { amendmentOverdueMove } from './amendment-overdue-move.js';
import { amendmentReportedPeriod } from './amendment-reported-period.js';
import { calendarCoverage } from './calendar-coverage.js';
import { codeownersStale } from './codeowners-stale.js';
import { controlCharacter } from './control-character.js';
import { dateSanity } from './date-sanity.js';
import { duplicateId } from './duplicate-id.js';
import { groupCycle } from './group-cycle.js';
import { narrativePath } from './narrative-path.js';
import { progressDraft } from './progress-draft.js';
import { progressPath } from './progress-path.js';
import { sixClear } from './six-clear.js';
import { taskSection } from './task-section.js';
import { unknownReference } from './unknown-reference.js';

export const RULES: Rule[] = [
  duplicateId, unknownReference, groupCycle, taskSection, progressPath, progressDraft, narrativePath, dateSanity, calendarCoverage, sixClear, controlCharacter,
  amendmentAuthority, amendmentOverdueMove, amendmentReportedPeriod,
  codeownersStale,
];
