import type { StartupFault } from '../../electron/shared/startup-fault';
import { STRINGS } from '../i18n';

type StartupFaultCardProps = Readonly<{ fault: StartupFault }>;

/** The bilingual "cannot start / configuration error" card: which file, which setting, what is wrong and the fix. */
export const StartupFaultCard = ({ fault }: StartupFaultCardProps) => {
  const title = fault.kind === 'config' ? 'configErrorTitle' : 'dataErrorTitle';
  return (
    <div
      className="unavailable__card startup-fault"
      role="alert"
      data-testid="startup-fault"
      data-fault-kind={fault.kind}
    >
      <h1 className="unavailable__title">
        <span lang="zh-Hans">{STRINGS['zh-CN'][title]}</span>
        <span lang="en">{STRINGS.en[title]}</span>
      </h1>
      <p className="startup-fault__where" lang="en">
        {STRINGS['zh-CN'].faultFile} / {STRINGS.en.faultFile}: <code>{fault.file}</code>
        {fault.key && (
          <>
            {' · '}
            {STRINGS['zh-CN'].faultSetting} / {STRINGS.en.faultSetting}: <code>{fault.key}</code>
          </>
        )}
      </p>
      <p className="startup-fault__problem" lang="en">
        {fault.problem}
      </p>
      <p lang="zh-Hans">{fault.fix['zh-CN']}</p>
      <p lang="en">{fault.fix.en}</p>
    </div>
  );
};
