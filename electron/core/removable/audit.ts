/** One audited action, as the audit table stores it (electron/core/admin/audit.ts owns the table). */
export type AuditEntry = Readonly<{
  role: 'staff' | 'admin' | null;
  action: string;
  detail: string;
  outcome: 'ok' | 'refused' | 'failed';
}>;

/** Where services record what staff and admins did; the composition root wires the audit table. */
export type AuditFn = (entry: AuditEntry) => void;

/** Records without ever throwing: a failing audit write must not turn a done install into an error. */
export const safeAudit =
  (audit: AuditFn | undefined, onError: (error: unknown) => void): AuditFn =>
  (entry) => {
    try {
      audit?.(entry);
    } catch (error) {
      onError(error);
    }
  };
