import type { KioskLanguage } from '../../electron/shared/content-pack';

/** Words of the closed card; both languages are shown at once. */
export type ClosedStrings = Readonly<{
  title: string;
  body: string;
  hours: string;
  closedDay: string;
  /** Sunday first, like `Date.getDay()`. */
  weekdays: readonly string[];
  opensAgain: (day: string, time: string) => string;
}>;

export const CLOSED_STRINGS: Readonly<Record<KioskLanguage, ClosedStrings>> = {
  'zh-CN': {
    title: '已闭馆',
    body: '欢迎在开放时间再来参观。',
    hours: '开放时间',
    closedDay: '闭馆',
    weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    opensAgain: (day, time) => `下次开放：${day} ${time}`,
  },
  en: {
    title: 'Closed',
    body: 'Please come back during opening hours.',
    hours: 'Opening hours',
    closedDay: 'Closed',
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    opensAgain: (day, time) => `Opens again ${day} ${time}`,
  },
};
