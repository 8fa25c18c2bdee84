/**
 * Words of the Excel workbook in the export's language: sheet names, column
 * headers, the summary's labels and the few coded values shown as words.
 * The CSV keeps machine column names; the workbook is read by people.
 */
export type WorkbookLanguage = 'zh-CN' | 'en';

type Words = Readonly<{
  sheets: Readonly<{ summary: string; daily: string; visits: string; events: string }>;
  title: string;
  /** Summary sheet: its two columns and the labels of its rows. */
  summary: Readonly<{
    item: string;
    value: string;
    kiosk: string;
    from: string;
    to: string;
    offset: string;
    events: string;
  }>;
  /** Daily sheet (and summary totals): the columns after the date, in dailyCells order; `entered` precedes a chapter title. */
  daily: Readonly<{ date: string; columns: readonly string[]; entered: string }>;
  visits: Readonly<{
    id: string;
    started: string;
    ended: string;
    date: string;
    engaged: string;
    idleTail: string;
    hubOnly: string;
    endReason: string;
    language: string;
    dwell: string;
    pack: string;
    packVersion: string;
    kiosk: string;
  }>;
  events: Readonly<{
    at: string;
    visit: string;
    seq: string;
    type: string;
    chapter: string;
    chapterId: string;
    payload: string;
    id: string;
    kiosk: string;
  }>;
  yes: string;
  no: string;
  endReasons: Readonly<Record<string, string>>;
}>;

export const WORKBOOK_WORDS: Readonly<Record<WorkbookLanguage, Words>> = {
  en: {
    sheets: { summary: 'Summary', daily: 'Daily', visits: 'Visits', events: 'Events' },
    title: 'Changjiahui kiosk visits',
    summary: {
      item: 'Item',
      value: 'Value',
      kiosk: 'Kiosk',
      from: 'From',
      to: 'To',
      offset: 'UTC offset',
      events: 'Events',
    },
    daily: {
      date: 'Date',
      columns: [
        'Visits',
        'Hub only',
        'Engaged s total',
        'Engaged s average',
        'Idle tail s total',
        'Finished',
        'Home',
        'Idle',
        'Interrupted',
        'Open',
        'Chinese',
        'English',
      ],
      entered: 'Entered',
    },
    visits: {
      id: 'Visit id',
      started: 'Started',
      ended: 'Ended',
      date: 'Date',
      engaged: 'Engaged s',
      idleTail: 'Idle tail s',
      hubOnly: 'Hub only',
      endReason: 'End reason',
      language: 'Language',
      dwell: 'Dwell s',
      pack: 'Pack',
      packVersion: 'Pack version',
      kiosk: 'Kiosk',
    },
    events: {
      at: 'Time',
      visit: 'Visit id',
      seq: 'Seq',
      type: 'Type',
      chapter: 'Chapter',
      chapterId: 'Chapter id',
      payload: 'Payload',
      id: 'Event id',
      kiosk: 'Kiosk',
    },
    yes: 'yes',
    no: 'no',
    endReasons: { finish: 'finished', home: 'home', idle: 'idle', interrupted: 'interrupted' },
  },
  'zh-CN': {
    sheets: { summary: '汇总', daily: '每日', visits: '参观', events: '事件' },
    title: '长嘉汇展示终端参观记录',
    summary: {
      item: '项目',
      value: '数值',
      kiosk: '终端',
      from: '起始日期',
      to: '截止日期',
      offset: '时区（UTC 偏移）',
      events: '事件数',
    },
    daily: {
      date: '日期',
      columns: [
        '参观次数',
        '仅停留导览页',
        '参与时长合计（秒）',
        '平均参与时长（秒）',
        '空闲尾段合计（秒）',
        '看完',
        '返回首页',
        '空闲结束',
        '被打断',
        '未结束',
        '中文',
        '英文',
      ],
      entered: '进入',
    },
    visits: {
      id: '参观编号',
      started: '开始时间',
      ended: '结束时间',
      date: '日期',
      engaged: '参与时长（秒）',
      idleTail: '空闲尾段（秒）',
      hubOnly: '仅停留导览页',
      endReason: '结束方式',
      language: '语言',
      dwell: '停留（秒）',
      pack: '内容包',
      packVersion: '内容包版本',
      kiosk: '终端',
    },
    events: {
      at: '时间',
      visit: '参观编号',
      seq: '序号',
      type: '类型',
      chapter: '章节',
      chapterId: '章节编号',
      payload: '数据',
      id: '事件编号',
      kiosk: '终端',
    },
    yes: '是',
    no: '否',
    endReasons: { finish: '看完', home: '返回首页', idle: '空闲结束', interrupted: '被打断' },
  },
};
