import { useCallback, useEffect, useState } from 'react';
import type { SettingsIssue, SettingsView } from '../../../electron/shared/contract/settings';
import type { AdminCaller } from '../api/admin-calls';
import { draftOf, valuesOf, type SettingsDraft } from './settings-form';

export type SettingsOutcome = 'saved' | 'reset' | 'invalid' | null;

/** The settings screen's state: the core's view, the draft being edited, the core's issues, and save / reset. */
export const useSettingsForm = (call: AdminCaller) => {
  const [view, setView] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [issues, setIssues] = useState<readonly SettingsIssue[]>([]);
  const [outcome, setOutcome] = useState<SettingsOutcome>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = useCallback((next: SettingsView) => {
    setView(next);
    setDraft(draftOf(next.effective));
    setIssues([]);
  }, []);
  useEffect(() => {
    void call('settings:get', {}).then((answer) => (answer.ok ? show(answer.value) : setFailure(answer.error.message)));
  }, [call, show]);

  const edit = useCallback((change: (d: SettingsDraft) => SettingsDraft) => {
    setOutcome(null);
    setDraft((d) => (d ? change(d) : d));
  }, []);
  const save = useCallback(async () => {
    if (!draft) return;
    setBusy(true);
    const answer = await call('settings:save', { values: valuesOf(draft) });
    setBusy(false);
    if (!answer.ok) return setFailure(answer.error.message);
    setFailure(null);
    if (!answer.value.saved) {
      setIssues(answer.value.issues);
      return setOutcome('invalid');
    }
    show(answer.value.view);
    setOutcome('saved');
  }, [call, draft, show]);
  const reset = useCallback(async () => {
    setBusy(true);
    const answer = await call('settings:reset', {});
    setBusy(false);
    if (!answer.ok) return setFailure(answer.error.message);
    setFailure(null);
    show(answer.value);
    setOutcome('reset');
  }, [call, show]);
  return { view, draft, issues, outcome, failure, busy, edit, save, reset };
};
