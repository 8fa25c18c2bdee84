/** Admin mode in the core: PINs, sessions, the dispatcher's access check and the audit log. */
export { createAdminService, type AdminService, type AdminCallName } from './admin-service';
export { createAuditLog, type AuditLog, type AuditSink, type AuditEntry } from './audit';
export { createAccessGuard, isAuditedCall, type AccessGuard, type CallSession } from './access-guard';
export { pauseVisitsDuringSessions } from './visit-guard';
export { setPin, SET_PIN_HINT } from './pin-store';
export { pinFileOf, readPinFile } from './pin-file';
export { SESSION_IDLE_MS } from './sessions';
export { LOCK_MS, MAX_FAILURES } from './sign-in';
