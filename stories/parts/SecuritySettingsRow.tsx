import { useId } from 'react';
import {
  FastpassActions,
  FastpassCode,
  FastpassCountdown,
  FastpassIdentity,
  FastpassStatus,
  useFastpassQrcode,
  type UseFastpassQrcodeOptions,
} from '../../src';
import { MIN_SUPPORTED_SIZE } from '../../src/components/parts/codeDefaults';
import './fastpassTokens.css';
import './securitySettingsRow.css';

export interface SecuritySettingsRowProps extends UseFastpassQrcodeOptions {
  /** The code's plate in CSS px. Default: 170, the smallest supported. */
  size?: number;
}

/**
 * The Fastpass card rebuilt from the public parts as one row of an account page's security settings: the code on the
 * left; who it is for, what is happening, the time left and the buttons on the right. The row decides nothing about
 * the code: each part reads the hook's result. Its container carries `data-slot="root"`, so that a clicked button
 * hands focus to the code area of this row, and `data-state`, for styling and tests.
 */
export function SecuritySettingsRow({ size = MIN_SUPPORTED_SIZE, ...options }: SecuritySettingsRowProps) {
  const fastpass = useFastpassQrcode(options);
  const headingId = useId();
  return (
    <section className="sb-fastpass-tokens sb-fastpass-row" lang="zh-CN" data-slot="root" data-state={fastpass.state} aria-labelledby={headingId}>
      <FastpassCode result={fastpass} size={size} level={options.level} />
      <div className="sb-fastpass-row__body">
        <h2 id={headingId} className="sb-fastpass-row__title">
          快速认证
        </h2>
        <div className="sb-fastpass-row__identities">
          <FastpassIdentity result={fastpass} who="user" />
          <FastpassIdentity result={fastpass} who="userpool" />
        </div>
        <FastpassStatus result={fastpass} />
        <FastpassCountdown result={fastpass} />
        <FastpassActions result={fastpass} />
      </div>
    </section>
  );
}
