import { fullWidthPunctuation, noBreakRuns } from '../content/zh-set';

/**
 * A text as set on screen: in Chinese, full-width punctuation and no line break
 * inside a date, a number with its unit or a named term (content/zh-set.ts);
 * any other language as it is.
 */
export const ZhText = ({ text, lang }: Readonly<{ text: string; lang: string }>) => {
  if (!lang.startsWith('zh')) return text;
  return noBreakRuns(fullWidthPunctuation(text)).map((run, i) =>
    run.keep ? (
      <span key={i} className="nobr">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
};
