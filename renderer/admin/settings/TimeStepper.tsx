import { shiftTime } from './settings-form';
import { Stepper } from './Stepper';
import type { SettingsStrings } from './strings';

type TimeStepperProps = Readonly<{
  label: string;
  time: string;
  onChange: (time: string) => void;
  strings: SettingsStrings;
  testId: string;
  /** Latest time allowed: 24:00 for a closing time, 23:45 for a restart. */
  latest?: string;
  disabled?: boolean;
  /** What a screen reader hears for the group and its buttons ("Mon Opens"); defaults to the label. */
  name?: string;
}>;

/** A local time set by touch: one hour or 15 minutes earlier or later. */
export const TimeStepper = ({ label, time, onChange, strings, testId, latest = '24:00', disabled, name = label }: TimeStepperProps) => {
  const by = (minutes: number) => () => onChange(shiftTime(time, minutes, latest));
  return (
    <Stepper
      label={label}
      value={time}
      testId={testId}
      disabled={disabled}
      groupName={name === label ? undefined : name}
      less={[
        { sign: '«', name: `${name}: ${strings.hourLess}`, onPress: by(-60), disabled: time === '00:00' },
        { sign: '−', name: `${name}: ${strings.minutesLess}`, onPress: by(-15), disabled: time === '00:00' },
      ]}
      more={[
        { sign: '+', name: `${name}: ${strings.minutesMore}`, onPress: by(15), disabled: time === latest },
        { sign: '»', name: `${name}: ${strings.hourMore}`, onPress: by(60), disabled: time === latest },
      ]}
    />
  );
};
