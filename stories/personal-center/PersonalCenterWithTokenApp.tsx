import { useRef } from 'react';
import { PersonalCenterPage, type PersonalCenterPageProps } from './PersonalCenterPage';
import { TokenAppSimulator } from './TokenAppSimulator';

/** The account page, and beside it the phone that scans it: the only link between them is the screen. */
export function PersonalCenterWithTokenApp(props: PersonalCenterPageProps) {
  const page = useRef<HTMLDivElement>(null);
  return (
    <div className="pc-stage">
      <PersonalCenterPage ref={page} {...props} />
      <TokenAppSimulator camera={page} />
    </div>
  );
}
