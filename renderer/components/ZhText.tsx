import { useContext } from 'react';
import { PackTerminology } from '../content/pack-terminology';
import { fullWidthPunctuation, noBreakRuns } from '../content/zh-set';

/**
 * A text as set on screen: in Chinese, full-width punctuation and no line break
 * inside a date, a number with its unit or a term of the pack's table (content/zh-set.ts);
 * any other language as it is.
 */
export const ZhText = ({ text, lang }: Readonly<{ text: string; lang: string }>) => {
  const terminology = useContext(PackTerminology);
  if (!lang.startsWith('zh')) return text;
  return noBreakRuns(fullWidthPunctuation(text), terminology).map((run, i) =>
    run.keep ? (
      <span key={i} className="nobr">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
};
