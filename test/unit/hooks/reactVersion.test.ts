import { version } from 'react';
import { version as domVersion } from 'react-dom';

// Proves which React each project really runs: the React 18 project must not fall back to 19.
it('should run on the React major its project is for', () => {
  const major = process.env.FASTPASS_REACT_MAJOR ?? '19';
  expect(`${version.split('.')[0]}/${domVersion.split('.')[0]}`).toBe(`${major}/${major}`);
});
