import { migration0010 } from './0010-create-visits';
import { migration0020 } from './0020-create-visit-events';
import { migration0030 } from './0030-create-health-alerts';
import { migration0040 } from './0040-create-visit-chapters';
import { migration0050 } from './0050-unique-visits-by-start';
import { migration0060 } from './0060-create-audit-log';
import { migration0070 } from './0070-create-fleet-sync';
import { migration0080 } from './0080-engaged-duration';
import { migration0090 } from './0090-dashboard-by-start';
import { migration0100 } from './0100-create-integrity-checks';
import type { Migration } from './migration';

/** Every migration, oldest first. Never edit a shipped one: add the next number. */
export const MIGRATIONS: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050, migration0060, migration0070, migration0080, migration0090, migration0100];

export type { Migration };
