import { useEffect, useState } from 'react';
import type { AdminScreenProps } from '../screens/admin-screen-props';
import type { ChapterTitles } from './chart-options';
import { DashboardScreen } from './DashboardScreen';

/**
 * The dashboard as a screen of the kiosk's admin mode: the session's caller,
 * and the active pack's chapter keywords in the admin language (short enough
 * for chart axes; the full titles are sentences). Chapter ids stand in until
 * they arrive, or if the pack cannot be read.
 */
export const DashboardRoute = ({ call, language }: AdminScreenProps) => {
  const [titles, setTitles] = useState<ChapterTitles>({});
  useEffect(() => {
    let current = true;
    void call('content:active', {}).then((answer) => {
      if (current && answer.ok) setTitles(Object.fromEntries(answer.value.manifest.chapters.map((c) => [c.id, c.keyword[language] ?? c.id])));
    });
    return () => {
      current = false;
    };
  }, [call, language]);
  return <DashboardScreen call={call} language={language} chapterTitles={titles} />;
};
