import { useEffect, useState } from 'react';
import type { AppInfo } from '../electron/shared/contract/app';
import { kioskApi } from './api/kiosk-api';

/** Root of the renderer. The tour screens replace this placeholder (issue 4). */
export const App = () => {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void kioskApi.call('app:info', {}).then((result) => {
      if (result.ok) setInfo(result.value);
      else setProblem(result.error.message);
    });
  }, []);
  return (
    <main className="boot">
      <h1>长嘉汇</h1>
      <p data-testid="kiosk-info">{info ? `${info.kioskId} · v${info.appVersion} · ${info.shell}` : (problem ?? '…')}</p>
    </main>
  );
};
